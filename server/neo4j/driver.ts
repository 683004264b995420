// The one Neo4j driver module: creates the driver, runs reads and writes, and maps results to plain values.
import neo4j, { type Driver, type QueryResult, type RecordShape, routing } from "neo4j-driver";
import type { Neo4jConnection } from "./connection";
import { eagerWithoutRetryStorm } from "./retryPolicy";

export type { Driver } from "neo4j-driver";

export interface DriverOptions {
  /** How long to wait for a pooled connection before failing; kept low so an outage answers fast. */
  acquisitionTimeoutMs?: number;
  connectionTimeoutMs?: number;
  /** How long executeQuery retries transient failures; short, so an outage is answered (503) within 5 s. */
  maxTransactionRetryTimeMs?: number;
  /** Connections the pool may hold (the driver's default, 100, unless given); the liveness probe needs one. */
  maxConnectionPoolSize?: number;
}

export function createDriver(connection: Neo4jConnection, options: DriverOptions = {}): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? 4000,
    connectionTimeout: options.connectionTimeoutMs ?? 4000,
    maxTransactionRetryTime: options.maxTransactionRetryTimeMs ?? 1000,
    ...(options.maxConnectionPoolSize !== undefined ? { maxConnectionPoolSize: options.maxConnectionPoolSize } : {}),
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
  // Out-of-memory and stopped transactions fail on the first attempt instead of being retried into a storm.
  const config = (r: typeof routing.READ | typeof routing.WRITE) => ({
    routing: r,
    resultTransformer: eagerWithoutRetryStorm(),
    ...(database ? { database } : {}),
  });
  return {
    driver,
    database,
    read: (cypher, params = {}) => driver.executeQuery(cypher, params, config(routing.READ)),
    write: (cypher, params = {}) => driver.executeQuery(cypher, params, config(routing.WRITE)),
    close: () => driver.close(),
  };
}
