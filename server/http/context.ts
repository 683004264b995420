// What every route needs from the process: the database and how it was reached.
import type { Logger } from "pino";
import type { Env } from "../config/env";
import type { Neo4jConnection } from "../neo4j/connection";
import type { Db } from "../neo4j/driver";

export interface AppContext {
  db: Db;
  connection: Neo4jConnection;
  env: Env;
  logger: Logger;
}
