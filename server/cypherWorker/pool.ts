// A small pool of Cypher worker threads: a bounded queue, a wall clock per job, a fresh worker for a dead one.
import { CypherTimeoutError } from "../cypherGate/errors";
import { CypherAnswerTooLargeError, CypherBusyError, CypherWorkerExitedError } from "./errors";
import { rebuildError } from "./errorWire";
import { FromWorker, type Job, type JobResult, type ToWorker } from "./protocol";

/** What the pool needs of a worker thread (node:worker_threads' Worker has it), so tests can hand it a fake. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  on(event: "message", listener: (message: unknown) => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  on(event: "exit", listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
  ref(): void;
  unref(): void;
}

export interface PoolSettings {
  /** Worker threads at most (1 or more). */
  size: number;
  /** Jobs that may wait for a free worker (0 or more); one more is refused at once with CypherBusyError. */
  queueMax: number;
  /** Each worker's heap cap, in MB: named by the error a job gets when its worker runs out of it. */
  heapMb: number;
  /** How long a cancelled job's worker may take to report it before it is terminated and replaced, in ms. */
  cancelGraceMs: number;
}

export const DEFAULT_POOL_SETTINGS: PoolSettings = { size: 2, queueMax: 8, heapMb: 512, cancelGraceMs: 2000 };

export interface RunOptions {
  /**
   * How long the job may run in a worker, in ms; past it the job fails with CypherTimeoutError(wallMs) and its worker
   * is terminated. A job may also wait this long for a free worker (a starting worker counts as busy); past that it
   * fails with CypherBusyError. So a job is settled at most 2 × wallMs after run() was called.
   */
  wallMs: number;
  /** Aborting it settles the job at once with the signal's reason, and cancels its work in the worker. */
  signal?: AbortSignal | undefined;
}

/** Why a worker was ended: its own death, or the pool's decision. */
export type RetireReason = "out-of-memory" | "exited" | "wall-clock" | "cancel-grace" | "protocol";

export interface PoolStats {
  /** Worker threads alive, starting ones included. */
  workers: number;
  /** Of those, ready for work. */
  ready: number;
  /** Jobs running, cancelled ones still being stopped included. */
  busy: number;
  queued: number;
}

export interface WorkerPool {
  /**
   * Runs `job` in a free worker, or queues it. Resolves with the worker's result; rejects with the job's own error
   * rebuilt with its class (errorWire.ts), CypherTimeoutError past `wallMs`, CypherAnswerTooLargeError when the
   * worker ran out of its heap or reported more buffered bytes than its cap, CypherBusyError when the queue is full, no worker came free in time or the pool is
   * closed, CypherWorkerExitedError when the worker died otherwise, or the signal's reason once it aborts.
   */
  run(job: Job, options: RunOptions): Promise<JobResult>;
  /** Starts every worker now, so the first jobs do not wait for one to start. */
  warm(): void;
  stats(): PoolStats;
  /** Refuses new jobs, fails the waiting and running ones (CypherBusyError) and terminates every worker. */
  close(): Promise<void>;
}

interface Pending {
  id: number;
  job: Job;
  wallMs: number;
  signal: AbortSignal | undefined;
  resolve(result: JobResult): void;
  reject(error: unknown): void;
  settled: boolean;
  /** The queue wait's deadline, then the run's. */
  timer?: NodeJS.Timeout;
  onAbort?: () => void;
}

interface Slot {
  worker: WorkerLike;
  ready: boolean;
  /** Ended by the pool or dead: its later events are ignored. */
  gone: boolean;
  running?: Pending | undefined;
  /** A job answered already (aborted), that the worker is still stopping. */
  cancelling?: { id: number; timer: NodeJS.Timeout } | undefined;
  error?: Error | undefined;
}

/**
 * A pool of at most `settings.size` workers made by `spawn`, started when jobs need them (or by warm()). One job runs
 * per worker at a time. A worker that dies (its heap cap, a crash) or that the pool ends (a job past its wall clock, a
 * cancel not reported within `cancelGraceMs`, an overflow of its buffers, a message off the protocol) is replaced at
 * once by a fresh one if it had been ready; one that dies while starting is not, and the jobs waiting fail, unless
 * another worker is ready (no respawn loop). `onRetire` hears of every worker ended, with why.
 */
export function createWorkerPool(
  spawn: () => WorkerLike,
  settings: PoolSettings = DEFAULT_POOL_SETTINGS,
  onRetire: (why: RetireReason, error?: Error) => void = () => {},
): WorkerPool {
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let nextId = 1;
  let closed = false;

  const settle = (p: Pending, outcome: { result: JobResult } | { error: unknown }) => {
    if (p.settled) return;
    p.settled = true;
    clearTimeout(p.timer);
    if (p.onAbort) p.signal?.removeEventListener("abort", p.onAbort);
    if ("result" in outcome) p.resolve(outcome.result);
    else p.reject(outcome.error);
  };
  const isIdle = (s: Slot) => s.ready && !s.gone && !s.running && !s.cancelling;

  const spawnSlot = () => {
    let worker: WorkerLike;
    try {
      worker = spawn();
    } catch (error) {
      // Node refused to start a thread (resources, bad options): like a worker that died starting.
      onRetire("exited", error as Error);
      if (!slots.some((s) => s.ready)) {
        for (const p of queue.splice(0))
          settle(p, { error: new CypherWorkerExitedError("none could start", { cause: error }) });
      }
      return;
    }
    const slot: Slot = { worker, ready: false, gone: false };
    slots.push(slot);
    slot.worker.unref();
    slot.worker.on("message", (raw: unknown) => onMessage(slot, raw));
    slot.worker.on("error", (error: Error) => {
      slot.error ??= error;
    });
    slot.worker.on("exit", (code: number) => onExit(slot, code));
  };

  /** Starts as many workers as the waiting jobs need, within the size. */
  const grow = () => {
    const starting = () => slots.filter((s) => !s.ready).length;
    while (!closed && slots.length < settings.size && starting() < queue.length) {
      const before = slots.length;
      spawnSlot();
      if (slots.length === before) return;
    }
  };

  const pump = () => {
    for (const slot of slots) {
      const next = isIdle(slot) ? queue.shift() : undefined;
      if (next) dispatch(slot, next);
    }
    grow();
  };

  const remove = (slot: Slot) => {
    slot.gone = true;
    const at = slots.indexOf(slot);
    if (at >= 0) slots.splice(at, 1);
    if (slot.cancelling) clearTimeout(slot.cancelling.timer);
    slot.cancelling = undefined;
  };

  /** Ends a worker the pool no longer trusts; a fresh one takes its place. */
  const retire = (slot: Slot, why: RetireReason) => {
    if (slot.gone) return;
    const wasReady = slot.ready;
    remove(slot);
    onRetire(why);
    void slot.worker.terminate().catch(() => {});
    if (!closed && wasReady) spawnSlot();
    pump();
  };

  const dispatch = (slot: Slot, p: Pending) => {
    clearTimeout(p.timer);
    slot.running = p;
    slot.worker.ref();
    p.timer = setTimeout(() => {
      settle(p, { error: new CypherTimeoutError(p.wallMs) });
      retire(slot, "wall-clock");
    }, p.wallMs);
    slot.worker.postMessage({ kind: "run", id: p.id, job: p.job });
  };

  const cancel = (slot: Slot, p: Pending) => {
    slot.running = undefined;
    slot.cancelling = { id: p.id, timer: setTimeout(() => retire(slot, "cancel-grace"), settings.cancelGraceMs) };
    slot.worker.postMessage({ kind: "cancel", id: p.id });
  };

  const onMessage = (slot: Slot, raw: unknown) => {
    if (slot.gone) return;
    const parsed = FromWorker.safeParse(raw);
    if (!parsed.success) {
      if (slot.running)
        settle(slot.running, { error: new CypherWorkerExitedError("it sent a message off the protocol") });
      retire(slot, "protocol");
      return;
    }
    const message = parsed.data;
    if (message.kind === "ready") {
      slot.ready = true;
      pump();
      return;
    }
    if (message.kind === "overflow") {
      if (slot.running) settle(slot.running, { error: new CypherAnswerTooLargeError(settings.heapMb) });
      retire(slot, "out-of-memory");
      return;
    }
    const p = slot.running;
    if (p?.id === message.id) {
      slot.running = undefined;
      settle(p, message.kind === "done" ? { result: message.result } : { error: rebuildError(message.error) });
    } else if (slot.cancelling?.id === message.id) {
      clearTimeout(slot.cancelling.timer);
      slot.cancelling = undefined;
    } else {
      return;
    }
    slot.worker.unref();
    pump();
  };

  const onExit = (slot: Slot, code: number) => {
    if (slot.gone) return;
    const wasReady = slot.ready;
    remove(slot);
    const outOfMemory = (slot.error as { code?: unknown } | undefined)?.code === "ERR_WORKER_OUT_OF_MEMORY";
    const detail = slot.error ? slot.error.message : `exit code ${code}`;
    onRetire(outOfMemory ? "out-of-memory" : "exited", slot.error);
    if (slot.running) {
      const error = outOfMemory
        ? new CypherAnswerTooLargeError(settings.heapMb)
        : new CypherWorkerExitedError(detail, { cause: slot.error });
      settle(slot.running, { error });
    }
    if (closed) return;
    if (wasReady) {
      spawnSlot();
    } else if (!slots.some((s) => s.ready)) {
      // It died starting, so the next would too: fail the waiting jobs rather than start workers in a loop.
      for (const p of queue.splice(0))
        settle(p, { error: new CypherWorkerExitedError(`it could not start (${detail})`) });
    }
    pump();
  };

  const busy = (reason: string) => new CypherBusyError(reason);

  return {
    run(job, options) {
      if (closed) return Promise.reject(busy("The Cypher workers are shut down."));
      if (options.signal?.aborted) return Promise.reject(options.signal.reason);
      return new Promise<JobResult>((resolve, reject) => {
        const p: Pending = {
          id: nextId++,
          job,
          wallMs: options.wallMs,
          signal: options.signal,
          resolve,
          reject,
          settled: false,
        };
        const free = slots.find(isIdle);
        if (!free && queue.length >= settings.queueMax) {
          reject(busy(`All ${settings.size} Cypher workers are busy and ${queue.length} queries wait; retry shortly.`));
          return;
        }
        if (p.signal) {
          const signal = p.signal;
          p.onAbort = () => {
            settle(p, { error: signal.reason });
            const waiting = queue.indexOf(p);
            if (waiting >= 0) queue.splice(waiting, 1);
            const slot = slots.find((s) => s.running === p);
            if (slot) cancel(slot, p);
          };
          signal.addEventListener("abort", p.onAbort, { once: true });
        }
        if (free) {
          dispatch(free, p);
          return;
        }
        queue.push(p);
        p.timer = setTimeout(() => {
          const waiting = queue.indexOf(p);
          if (waiting >= 0) queue.splice(waiting, 1);
          settle(p, { error: busy(`No Cypher worker came free within ${p.wallMs} ms; retry shortly.`) });
        }, p.wallMs);
        grow();
      });
    },
    warm() {
      for (let i = slots.length; !closed && i < settings.size; i++) spawnSlot();
    },
    stats() {
      return {
        workers: slots.length,
        ready: slots.filter((s) => s.ready).length,
        busy: slots.filter((s) => s.running || s.cancelling).length,
        queued: queue.length,
      };
    },
    async close() {
      closed = true;
      for (const p of queue.splice(0)) settle(p, { error: busy("The Cypher workers are shut down.") });
      const ending = slots.splice(0);
      await Promise.all(
        ending.map((slot) => {
          remove(slot);
          if (slot.running) settle(slot.running, { error: busy("The Cypher workers are shut down.") });
          return slot.worker.terminate().catch(() => 0);
        }),
      );
    },
  };
}
