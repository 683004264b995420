// `npm start`: get a Neo4j, prepare the graph, serve the explorer on 127.0.0.1 and print where everything is.
import type { Server } from "node:http";
import { prepareDatabase } from "../bootstrap/prepareDatabase";
import { readEnv } from "../config/env";
import { createCypherWorkers, cypherWorkerSettings } from "../cypherWorker/cypherWorkers";
import { createApp } from "../http/app";
import { createLogger } from "../log/logger";
import { createDb } from "../neo4j/driver";
import { createLiveness } from "../neo4j/liveness";
import { provisionNeo4j } from "../provision";
import { corroborationOf } from "../repositories/corroboration";

async function main(): Promise<void> {
  const env = readEnv();
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const provisioned = await provisionNeo4j({ purpose: "start", log: say });
  const { connection } = provisioned;
  const db = createDb(connection, { acquisitionTimeoutMs: env.KG_NEO4J_ACQUISITION_TIMEOUT_MS });
  await db.driver.verifyConnectivity();
  await prepareDatabase(db, say);
  const logger = createLogger(env.LOG_LEVEL);
  // Its own one-connection driver and deadline: a frozen Neo4j is noticed within interval + timeout.
  const liveness = createLiveness(connection, {
    intervalMs: env.KG_NEO4J_PING_INTERVAL_MS,
    timeoutMs: env.KG_NEO4J_PING_TIMEOUT_MS,
  });
  liveness.onChange((state, previous) => {
    const fields = { neo4j: state.status, was: previous.status, error: state.error, latencyMs: state.latencyMs };
    if (state.status === "alive") logger.info(fields, "Neo4j is answering again");
    else logger.warn(fields, `Neo4j is ${state.status}: the API answers 503 until it answers again`);
  });
  liveness.start();
  // Researchers' Cypher runs in worker threads, each with its own driver and heap cap; started now, not on first use.
  const cypherWorkers = createCypherWorkers(connection, cypherWorkerSettings(env), {
    driver: { acquisitionTimeoutMs: env.KG_NEO4J_ACQUISITION_TIMEOUT_MS },
    logger,
  });
  cypherWorkers.warm();
  // The corroboration view (every source and figure claim, read once, then kept fresh in the background) is built now
  // rather than on the first researcher's click: on the bench's 1M graph the first node details took 18 s for it.
  void corroborationOf(db).catch((error: unknown) =>
    logger.warn(
      { err: error },
      "could not build the corroboration view at start; the first request that needs it will",
    ),
  );
  const app = createApp({ db, connection, env, logger, liveness, cypherWorkers });
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(env.PORT, env.HOST, () => resolve(s));
    s.once("error", reject);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  const host = env.HOST.includes(":") ? `[${env.HOST}]` : env.HOST;
  say("");
  say(`  Explorer:     http://${host}:${port}/`);
  say(`  Bolt URI:     ${connection.uri}  (route: ${connection.route})`);
  say(`  Credentials:  ${connection.credentialsLocation}`);
  say("  Connection as JSON: npm run db -- info");
  say("  Stop: Ctrl+C (and npm run db -- stop for a Neo4j started by npm run db -- start)");
  say("");

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping ...`);
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
    await liveness.stop();
    await cypherWorkers.close();
    await db.close();
    await provisioned.release();
    say(connection.startedHere ? "Stopped the explorer and the Neo4j it started." : "Stopped the explorer.");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
