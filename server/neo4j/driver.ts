// The one Neo4j driver module: creates the driver, runs reads and writes, and maps results to plain values.
import neo4j, { type Driver, EagerResult, type RecordShape, routing } from "neo4j-driver";
import type { Neo4jConnection } from "./connection";
import { eagerWithoutRetryStorm, isNeverRetried } from "./retryPolicy";

export type { Driver } from "neo4j-driver";

export interface DriverOptions {
  /** How long to wait for a pooled connection before failing; kept low so an outage answers fast. */
  acquisitionTimeoutMs?: number;
  connectionTimeoutMs?: number;
  /** How long reads and writes retry transient failures; short, so an outage is answered (503) within 5 s. */
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
  read<R extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>): Promise<EagerResult<R>>;
  write<R extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>): Promise<EagerResult<R>>;
  close(): Promise<void>;
}

/**
 * Whether a failed read is tried again, and after how many ms: null to give up. A read is retried on an error the
 * driver calls retryable (a pooled connection Neo4j closed, a database still starting, a transient error), never on
 * out-of-memory or a stopped transaction (retryPolicy), and only while the wait keeps it within `maxRetryMs` of its
 * first attempt (`elapsedMs`). The waits double from 50 ms (`attempt` counts from 0), at most 1,000 ms.
 */
export function readRetryDelay(error: unknown, attempt: number, elapsedMs: number, maxRetryMs: number): number | null {
  if (isNeverRetried(error) || !neo4j.isRetryableError(error)) return null;
  const wait = Math.min(1000, 50 * 2 ** attempt);
  return elapsedMs + wait > maxRetryMs ? null : wait;
}

/**
 * One read as an auto-commit query on a READ session sharing executeQuery's bookmark manager (so a read still sees
 * every write made through db.write). RUN and PULL go to Neo4j in one write to the socket, where executeQuery's managed
 * transaction sends BEGIN, RUN+PULL and COMMIT in three: on this project's 2-core machine those socket writes were 22%
 * of the server's CPU under the node details load at a million nodes (three reads a request). A read changes nothing,
 * so it is retried as the managed transaction was, on a fresh session (readRetryDelay). Answers the same EagerResult
 * (keys, records, summary) as executeQuery; rejects with the driver's Neo4jError.
 */
async function autoCommitRead<R extends RecordShape>(
  driver: Driver,
  database: string | undefined,
  maxRetryMs: number,
  cypher: string,
  params: Record<string, unknown>,
): Promise<EagerResult<R>> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    const session = driver.session({
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: driver.executeQueryBookmarkManager,
      ...(database ? { database } : {}),
    });
    let failure: unknown;
    try {
      const result = session.run<R>(cypher, params);
      const keys = await result.keys();
      const { records, summary } = await result;
      return new EagerResult<R>(keys, records, summary);
    } catch (error) {
      failure = error;
    } finally {
      await session.close();
    }
    const wait = readRetryDelay(failure, attempt, Date.now() - started, maxRetryMs);
    if (wait === null) throw failure;
    await new Promise((r) => setTimeout(r, wait));
  }
}

/**
 * Wraps a driver so every read is an auto-commit query on a READ session (autoCommitRead), and every write goes
 * through executeQuery with WRITE routing (a managed transaction, retried by the driver).
 */
export function createDb(connection: Neo4jConnection, options: DriverOptions = {}): Db {
  const driver = createDriver(connection, options);
  const database = connection.database;
  const maxRetryMs = options.maxTransactionRetryTimeMs ?? 1000;
  // Out-of-memory and stopped transactions fail on the first attempt instead of being retried into a storm.
  const config = (r: typeof routing.READ | typeof routing.WRITE) => ({
    routing: r,
    resultTransformer: eagerWithoutRetryStorm(),
    ...(database ? { database } : {}),
  });
  return {
    driver,
    database,
    read: (cypher, params = {}) => autoCommitRead(driver, database, maxRetryMs, cypher, params),
    write: (cypher, params = {}) => driver.executeQuery(cypher, params, config(routing.WRITE)),
    close: () => driver.close(),
  };
}
