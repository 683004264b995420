// The messages between the HTTP thread and a Cypher worker: jobs and cancels one way, readiness and outcomes back.

import type { ExportSelection } from "@domain/contracts/api";
import type { WireGraph } from "@domain/contracts/wire";
import { z } from "zod";
import type { Neo4jConnection } from "../neo4j/connection";
import type { DriverOptions } from "../neo4j/driver";
import type { CypherLimits } from "../repositories/cypher";
import type { ExportLimits, Taken } from "../repositories/subgraph";
import { WireError } from "./errorWire";

/**
 * Payloads the HTTP layer already validated, or that the worker built itself, pass through as they are (z.custom
 * checks only that they are objects): the envelopes are checked, the same input is never parsed twice.
 */
const object = <T>() => z.custom<T>((v) => typeof v === "object" && v !== null);

/** What a worker is started with (workerData): how to reach Neo4j, for its own driver, and its buffer cap. */
export const WorkerSetup = z.object({
  connection: object<Neo4jConnection>(),
  driver: object<DriverOptions>(),
  /**
   * Bytes of buffers the worker may hold outside its heap, in bytes: the driver keeps a whole Bolt message (one
   * record) as received chunks before it decodes any of it, and V8's heap cap does not count them.
   */
  maxBufferedBytes: z.number().int().positive(),
});
export type WorkerSetup = z.infer<typeof WorkerSetup>;

/** POST /api/cypher: the whole gated run and its bounded answer. */
export const CypherJob = z.object({
  kind: z.literal("cypher"),
  query: z.string(),
  params: object<Record<string, unknown>>(),
  limits: object<CypherLimits>(),
});
export type CypherJob = z.infer<typeof CypherJob>;

/** POST /api/export with select.by = "query": the graph of the whole result, or a refusal over the export's caps. */
export const ExportQueryJob = z.object({
  kind: z.literal("exportQuery"),
  select: object<Extract<ExportSelection, { by: "query" }>>(),
  limits: object<ExportLimits>(),
  /** Also return each element's stored properties, for the formats that rebuild a database. */
  withStored: z.boolean(),
});
export type ExportQueryJob = z.infer<typeof ExportQueryJob>;

export const Job = z.discriminatedUnion("kind", [CypherJob, ExportQueryJob]);
export type Job = z.infer<typeof Job>;

/**
 * A job's outcome. The Cypher answer comes as the UTF-8 bytes of its JSON (a transferred buffer, not copied), so the
 * HTTP thread sends it without parsing nor serialising it; an export's graph comes as an object (structured clone),
 * since the export writers need it.
 */
export const JobResult = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("cypher"), json: z.instanceof(Uint8Array) }),
  z.object({ kind: z.literal("exportQuery"), graph: object<WireGraph>(), taken: object<Taken>().optional() }),
]);
export type JobResult = z.infer<typeof JobResult>;

/** HTTP thread → worker. A job id is the pool's own, unique for the pool's life. */
export const ToWorker = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("run"), id: z.number().int(), job: Job }),
  /** Stop the job (its session is closed); the worker still reports it, as done or failed. */
  z.object({ kind: z.literal("cancel"), id: z.number().int() }),
]);
export type ToWorker = z.infer<typeof ToWorker>;

/** Worker → HTTP thread. */
export const FromWorker = z.discriminatedUnion("kind", [
  /** Its driver exists and it listens for jobs: sent once, first. */
  z.object({ kind: z.literal("ready") }),
  z.object({ kind: z.literal("done"), id: z.number().int(), result: JobResult }),
  z.object({ kind: z.literal("failed"), id: z.number().int(), error: WireError }),
  /** It holds more than `maxBufferedBytes` of buffers (a record too large to receive): end it, fail its job (413). */
  z.object({ kind: z.literal("overflow"), bytes: z.number() }),
]);
export type FromWorker = z.infer<typeof FromWorker>;
