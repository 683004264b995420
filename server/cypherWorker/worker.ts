// Worker thread: runs researchers' Cypher (the gate, the driver's decoding, the bounded answer) off the HTTP thread.
import { parentPort, workerData } from "node:worker_threads";
import { createDb } from "../neo4j/driver";
import { runCypher } from "../repositories/cypher";
import { graphOfQuery } from "../repositories/subgraph";
import { serialiseError } from "./errorWire";
import { type FromWorker, type Job, type JobResult, ToWorker, WorkerSetup } from "./protocol";

if (!parentPort) throw new Error("server/cypherWorker/worker.ts runs only as a worker thread");
const port = parentPort;
const setup = WorkerSetup.parse(workerData);
// Its own driver (the HTTP thread's cannot cross threads), through the one driver module.
const db = createDb(setup.connection, setup.driver);
const running = new Map<number, AbortController>();

const post = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

/** How often the buffers held outside the heap are measured, in ms: while a record arrives, the thread is free. */
const BUFFER_CHECK_MS = 50;
setInterval(() => {
  // Per thread in a worker (rss aside): the driver's received chunks, and any other Buffer, of this worker only.
  const bytes = process.memoryUsage().arrayBuffers;
  if (bytes > setup.maxBufferedBytes) post({ kind: "overflow", bytes });
}, BUFFER_CHECK_MS).unref();

async function perform(job: Job, signal: AbortSignal): Promise<{ result: JobResult; transfer: ArrayBuffer[] }> {
  if (job.kind === "cypher") {
    const answer = await runCypher(db, job.query, job.params, job.limits, signal);
    // A fresh buffer of its own (TextEncoder, not Buffer's shared pool), so it can be handed over without a copy.
    const json = new TextEncoder().encode(JSON.stringify(answer));
    return { result: { kind: "cypher", json }, transfer: [json.buffer as ArrayBuffer] };
  }
  const { graph, taken } = await graphOfQuery(db, job.select, job.limits, job.withStored, signal);
  return { result: { kind: "exportQuery", graph, taken }, transfer: [] };
}

async function run(id: number, job: Job): Promise<void> {
  const controller = new AbortController();
  running.set(id, controller);
  try {
    const { result, transfer } = await perform(job, controller.signal);
    post({ kind: "done", id, result }, transfer);
  } catch (error) {
    post({ kind: "failed", id, error: serialiseError(error) });
  } finally {
    running.delete(id);
  }
}

port.on("message", (raw: unknown) => {
  const message = ToWorker.parse(raw);
  if (message.kind === "cancel") running.get(message.id)?.abort();
  else void run(message.id, message.job);
});
post({ kind: "ready" });
