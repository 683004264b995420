// Researchers' Cypher off the HTTP thread: worker threads with their own driver, heap cap and wall clock, sized by env.

import type { Logger } from "pino";
import type { Env } from "../config/env";
import type { Neo4jConnection } from "../neo4j/connection";
import type { DriverOptions } from "../neo4j/driver";
import type { CypherLimits } from "../repositories/cypher";
import type { QueryGraph } from "../repositories/subgraph";
import { startTsWorker } from "../workers/startTsWorker";
import { CypherWorkerExitedError } from "./errors";
import { createWorkerPool, DEFAULT_POOL_SETTINGS, type PoolStats, type RetireReason } from "./pool";
import type { JobResult, WorkerSetup } from "./protocol";

const WORKER_URL = new URL("./worker.ts", import.meta.url).href;
const MB = 1024 * 1024;

export interface CypherWorkerSettings {
  /** Worker threads (KG_CYPHER_WORKERS). */
  workers: number;
  /** Queries that may wait for one (KG_CYPHER_QUEUE). */
  queue: number;
  /** Each worker's heap cap in MB (KG_CYPHER_WORKER_HEAP_MB). */
  heapMb: number;
  /** Added to a query's timeout to make its wall clock, in ms (KG_CYPHER_WORKER_GRACE_MS). */
  graceMs: number;
}

export function cypherWorkerSettings(env: Env): CypherWorkerSettings {
  return {
    workers: env.KG_CYPHER_WORKERS,
    queue: env.KG_CYPHER_QUEUE,
    heapMb: env.KG_CYPHER_WORKER_HEAP_MB,
    graceMs: env.KG_CYPHER_WORKER_GRACE_MS,
  };
}

export interface CypherWorkers {
  /**
   * Runs POST /api/cypher's query (runCypher: the gate, the read, the bounded answer) in a worker and resolves with
   * the UTF-8 JSON of its CypherResponse (at most `limits.maxBytes` bytes), to send as it is. Rejects as runCypher does
   * (CypherRefusedError 403, CypherInvalidError 400, CypherTimeoutError 504, the driver's Neo4jError) and as the pool
   * does: CypherTimeoutError past `limits.timeoutMs` + the grace, CypherAnswerTooLargeError (413) when decoding needs
   * more than the heap cap, CypherBusyError (503) when no worker is free, or the signal's reason once it aborts.
   */
  cypher(
    query: string,
    params: Record<string, unknown>,
    limits: CypherLimits,
    signal?: AbortSignal,
  ): Promise<Uint8Array>;
  /** graphOfQuery (an export by query's graph, or 413 EXPORT_TOO_LARGE) in a worker; rejects as `cypher` does. */
  graphOfQuery: QueryGraph;
  /** Starts the workers now rather than at the first query. */
  warm(): void;
  /** How many workers are alive, ready and busy, and how many queries wait. */
  stats(): PoolStats;
  /** Fails what is waiting or running (503) and ends every worker. */
  close(): Promise<void>;
}

export interface CypherWorkersOptions {
  /** The worker's driver settings (server/neo4j/driver.ts), e.g. the acquisition timeout. */
  driver?: DriverOptions;
  logger?: Logger | undefined;
}

/** Workers on `connection`, started when the first queries come (or by warm()). Never throws. */
export function createCypherWorkers(
  connection: Neo4jConnection,
  settings: CypherWorkerSettings,
  options: CypherWorkersOptions = {},
): CypherWorkers {
  // As many bytes of received, undecoded Bolt data as of decoded values: a record that needs more fails either way.
  const setup: WorkerSetup = { connection, driver: options.driver ?? {}, maxBufferedBytes: settings.heapMb * MB };
  const onRetire = (why: RetireReason, error?: Error) => {
    const level = why === "exited" || why === "protocol" ? "error" : "warn";
    options.logger?.[level]({ why, err: error }, "a Cypher worker was replaced");
  };
  const pool = createWorkerPool(
    () =>
      startTsWorker(WORKER_URL, {
        name: "cypher",
        workerData: setup,
        resourceLimits: { maxOldGenerationSizeMb: settings.heapMb },
      }),
    {
      ...DEFAULT_POOL_SETTINGS,
      size: settings.workers,
      queueMax: settings.queue,
      heapMb: settings.heapMb,
    },
    onRetire,
  );
  const wallMs = (timeoutMs: number) => timeoutMs + settings.graceMs;
  const expect = <K extends JobResult["kind"]>(result: JobResult, kind: K): Extract<JobResult, { kind: K }> => {
    if (result.kind !== kind) throw new CypherWorkerExitedError(`it answered a ${kind} job with a ${result.kind}`);
    return result as Extract<JobResult, { kind: K }>;
  };
  return {
    async cypher(query, params, limits, signal) {
      const result = await pool.run(
        { kind: "cypher", query, params, limits },
        { wallMs: wallMs(limits.timeoutMs), signal },
      );
      return expect(result, "cypher").json;
    },
    async graphOfQuery(select, limits, withStored, signal) {
      const result = await pool.run(
        { kind: "exportQuery", select, limits, withStored },
        { wallMs: wallMs(limits.timeoutMs), signal },
      );
      const { graph, taken } = expect(result, "exportQuery");
      return { graph, taken };
    },
    warm: () => pool.warm(),
    stats: () => pool.stats(),
    close: () => pool.close(),
  };
}

/** What cypherWorkersFor needs of the app's context (server/http/context.ts). */
export interface CypherWorkersHost {
  connection: Neo4jConnection;
  env: Env;
  logger?: Logger | undefined;
  cypherWorkers?: CypherWorkers | undefined;
}

const created = new WeakMap<CypherWorkersHost, CypherWorkers>();

/**
 * The context's own workers (server/cli/start.ts makes, warms and closes them), or workers made for this context on
 * first use from its connection and env: an app built alone (tests) starts them only if it runs Cypher, and they never
 * keep the process alive while idle.
 */
export function cypherWorkersFor(host: CypherWorkersHost): CypherWorkers {
  if (host.cypherWorkers) return host.cypherWorkers;
  let workers = created.get(host);
  if (!workers) {
    workers = createCypherWorkers(host.connection, cypherWorkerSettings(host.env), {
      driver: { acquisitionTimeoutMs: host.env.KG_NEO4J_ACQUISITION_TIMEOUT_MS },
      logger: host.logger,
    });
    created.set(host, workers);
  }
  return workers;
}
