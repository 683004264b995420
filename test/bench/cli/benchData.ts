// `npm run bench:data -- --nodes N [--out dir] [--keep] [--no-layout]`: a synthetic sourced graph in the bench Neo4j.
import { layoutWithProgress } from "../../../server/layout/layoutWithProgress";
import { parseDataArgs } from "../args";
import { openBenchDatabase, wipeBenchDatabase } from "../benchDatabase";
import { generateInto, ingestFiles } from "../data/ingestBench";

async function main(argv: string[]): Promise<void> {
  const args = parseDataArgs(argv);
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const t0 = performance.now();
  const files = await generateInto(args.nodes, args.out);
  say(`Generated ${files.length} documents in ${Math.round(performance.now() - t0)} ms.`);
  const bench = await openBenchDatabase(say, args.keep);
  try {
    await wipeBenchDatabase(bench.db);
    const { figures } = await ingestFiles(bench.db, files, say);
    const seconds = (figures.prepareMs + figures.planMs + figures.writeMs) / 1000;
    process.stdout.write(
      `Ingested ${figures.documents} documents: ${figures.nodes} nodes, ${figures.edges} edges in ${seconds.toFixed(1)} s ` +
        `(${Math.round(figures.edges / seconds)} edges/s; validate ${Math.round(figures.prepareMs)} ms, ` +
        `plan ${Math.round(figures.planMs)} ms, write ${Math.round(figures.writeMs)} ms).\n`,
    );
    if (args.layout) {
      const layout = await layoutWithProgress(bench.db, undefined, say);
      if (layout.phase !== "done") throw new Error(layout.error ?? "the layout did not finish");
      process.stdout.write(`Layout: ${layout.nodes} nodes positioned (${layout.iterations.total} iterations).\n`);
    }
    if (args.keep) {
      const c = bench.connection;
      process.stdout.write(
        `The bench Neo4j keeps running: NEO4J_URI=${c.uri} NEO4J_USERNAME=${c.username} ` +
          `(password in ${c.credentialsLocation}); stop it with npm run db -- stop --instance bench\n`,
      );
    }
  } finally {
    await bench.release();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
