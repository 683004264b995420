// `npm run db -- start|stop|status|info`: manage the local Neo4j and print how to connect to it.
import { readEnv } from "../config/env";
import { KgError } from "../errors";
import { instanceFor, provisionNeo4j } from "../provision";
import { localStatus, stopLocalServer } from "../provision/local/localServer";
import { cacheRoot, type InstanceName } from "../provision/local/paths";

const USAGE = "usage: npm run db -- start|stop|status|info [--instance dev|test|bench]";

function parseInstance(argv: string[]): InstanceName {
  const i = argv.indexOf("--instance");
  const value = i >= 0 ? argv[i + 1] : undefined;
  if (value === undefined) return instanceFor("db");
  if (value === "dev" || value === "test" || value === "bench") return value;
  throw new KgError("CONFIG_INVALID", `--instance must be dev, test or bench, not "${value}"`);
}

async function main(argv: string[]): Promise<void> {
  const env = readEnv();
  const command = argv[0];
  const instance = parseInstance(argv);
  const root = cacheRoot();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  switch (command) {
    case "start":
    case "info": {
      if (command === "info" && !env.NEO4J_URI) {
        const status = await localStatus(root, instance);
        if (!status.running) {
          log("The local Neo4j is not running; starting it (npm run db -- stop stops it).");
        }
      }
      const { connection } = await provisionNeo4j({ purpose: "db", instance, log });
      process.stdout.write(`${JSON.stringify(connection, null, 2)}\n`);
      return;
    }
    case "status": {
      if (env.NEO4J_URI) {
        process.stdout.write(`${JSON.stringify({ route: "env", uri: env.NEO4J_URI }, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${JSON.stringify(await localStatus(root, instance), null, 2)}\n`);
      return;
    }
    case "stop": {
      const { stopped } = await stopLocalServer(root, instance);
      log(stopped.length ? `Stopped local Neo4j (pid ${stopped.join(", ")}).` : "No local Neo4j was running.");
      return;
    }
    default:
      throw new KgError("CONFIG_INVALID", USAGE);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
