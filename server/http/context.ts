// What every route needs from the process: the database, how it was reached, and whether it is answering.
import type { Logger } from "pino";
import type { Env } from "../config/env";
import type { CypherWorkers } from "../cypherWorker/cypherWorkers";
import type { Neo4jConnection } from "../neo4j/connection";
import type { Db } from "../neo4j/driver";
import type { Liveness } from "../neo4j/liveness";

export interface AppContext {
  db: Db;
  connection: Neo4jConnection;
  env: Env;
  logger: Logger;
  /**
   * The liveness probe (server/cli/start.ts starts one). With it, requests get 503 at once while Neo4j is frozen or
   * unreachable and /api/health answers from it; without it (tests that build the app alone) every request goes
   * to Neo4j and relies on the driver's own timeouts.
   */
  liveness?: Liveness | undefined;
  /**
   * The worker threads that run researchers' Cypher (server/cli/start.ts makes, warms and closes them); without them
   * the app makes its own on first use (cypherWorkersFor), from `connection` and `env`.
   */
  cypherWorkers?: CypherWorkers | undefined;
}
