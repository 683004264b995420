// The one Neo4j driver module: creates the driver, runs reads and writes, and maps results to plain values.
import neo4j, { type Driver, type QueryResult, type RecordShape, routing } from "neo4j-driver";
import type { Neo4jConnection } from "./connection";

export type { Driver } from "neo4j-driver";

export interface DriverOptions {
  /** How long to wait for a pooled connection before failing; kept low so an outage answers fast. */
  acquisitionTimeoutMs?: number;
  connectionTimeoutMs?: number;
}

export function createDriver(connection: Neo4jConnection, options: DriverOptions = {}): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? 4000,
    connectionTimeout: options.connectionTimeoutMs ?? 4000,
    maxTransactionRetryTime: 5000,
    disableLosslessIntegers: false,
    userAgent: "kg-explorer/0.1",
  });
}

export interface Db {
  driver: Driver;
  database: string | undefined;
  read<R extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>): Promise<QueryResult<R>>;
  write<R extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>): Promise<QueryResult<R>>;
  close(): Promise<void>;
}

/** Wraps a driver so every read goes through executeQuery with READ routing, and every write with WRITE routing. */
export function createDb(connection: Neo4jConnection, options: DriverOptions = {}): Db {
  const driver = createDriver(connection, options);
  const database = connection.database;
  const config = (r: typeof routing.READ | typeof routing.WRITE) => ({ routing: r, ...(database ? { database } : {}) });
  return {
    driver,
    database,
    read: (cypher, params = {}) => driver.executeQuery(cypher, params, config(routing.READ)),
    write: (cypher, params = {}) => driver.executeQuery(cypher, params, config(routing.WRITE)),
    close: () => driver.close(),
  };
}
