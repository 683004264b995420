// `npm run layout [-- --iterations N]`: computes ForceAtlas2 positions for the whole graph and stores them on the nodes.
import { readEnv } from "../config/env";
import { layoutWithProgress } from "../layout/layoutWithProgress";
import { createDb } from "../neo4j/driver";
import { provisionNeo4j } from "../provision";

async function main(argv: string[]): Promise<number> {
  readEnv();
  const i = argv.indexOf("--iterations");
  const iterations = i === -1 ? undefined : Number(argv[i + 1]);
  if (iterations !== undefined && !(Number.isInteger(iterations) && iterations >= 1 && iterations <= 2000)) {
    process.stderr.write("usage: npm run layout [-- --iterations 1..2000]\n");
    return 2;
  }
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const provisioned = await provisionNeo4j({ purpose: "ingest", log: say });
  const db = createDb(provisioned.connection);
  try {
    await db.driver.verifyConnectivity();
    const status = await layoutWithProgress(db, iterations, say);
    if (status.phase !== "done") throw new Error(status.error ?? "the layout did not finish");
    process.stdout.write(`Layout: ${status.nodes} nodes positioned (${status.iterations.total} iterations).\n`);
    return 0;
  } finally {
    await db.close();
    await provisioned.release();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
