// The Cypher worker pool's queue, deadlines, cancels and respawns, on fake workers and fake timers: no thread, no Neo4j.
import { EventEmitter } from "node:events";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CypherInvalidError, CypherTimeoutError } from "../../server/cypherGate/errors";
import { CypherAnswerTooLargeError, CypherBusyError, CypherWorkerExitedError } from "../../server/cypherWorker/errors";
import { serialiseError } from "../../server/cypherWorker/errorWire";
import {
  createWorkerPool,
  type PoolSettings,
  type RetireReason,
  type WorkerLike,
} from "../../server/cypherWorker/pool";
import type { Job, JobResult, ToWorker } from "../../server/cypherWorker/protocol";

class FakeWorker extends EventEmitter implements WorkerLike {
  readonly posted: ToWorker[] = [];
  terminated = false;
  postMessage(message: ToWorker): void {
    this.posted.push(message);
  }
  terminate(): Promise<number> {
    this.terminated = true;
    return Promise.resolve(1);
  }
  ref(): void {}
  unref(): void {}
  ready(): void {
    this.emit("message", { kind: "ready" });
  }
  /** The id of the last job posted to it. */
  lastRun(): number {
    const runs = this.posted.filter((m) => m.kind === "run");
    const last = runs[runs.length - 1];
    if (!last) throw new Error("no job was posted to this worker");
    return last.id;
  }
  answer(id: number, result: JobResult = RESULT): void {
    this.emit("message", { kind: "done", id, result });
  }
  fail(id: number, error: unknown): void {
    this.emit("message", { kind: "failed", id, error: serialiseError(error) });
  }
  die(error?: Error): void {
    if (error) this.emit("error", error);
    this.emit("exit", 1);
  }
}

const JOB: Job = { kind: "cypher", query: "RETURN 1", params: {}, limits: {} as never };
const RESULT: JobResult = { kind: "cypher", json: new TextEncoder().encode('{"columns":[]}') };
const SETTINGS: PoolSettings = { size: 2, queueMax: 2, heapMb: 64, cancelGraceMs: 1000 };
const WALL_MS = 5000;

function outOfMemory(): Error {
  return Object.assign(new Error("Worker terminated due to reaching memory limit"), {
    code: "ERR_WORKER_OUT_OF_MEMORY",
  });
}

/** A pool on fake workers, the workers it made so far, and the retirements it reported. */
function setup(settings: Partial<PoolSettings> = {}) {
  const workers: FakeWorker[] = [];
  const retired: RetireReason[] = [];
  const pool = createWorkerPool(
    () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    { ...SETTINGS, ...settings },
    (why) => retired.push(why),
  );
  const worker = (i: number) => {
    const w = workers[i];
    if (!w) throw new Error(`no worker ${i}`);
    return w;
  };
  return { pool, workers, worker, retired };
}

/** Settles a promise into a value that can be inspected synchronously, so tests never await a pending one. */
function track<T>(promise: Promise<T>) {
  const state: { value?: T; error?: unknown; settled: boolean } = { settled: false };
  promise.then(
    (value) => Object.assign(state, { value, settled: true }),
    (error: unknown) => Object.assign(state, { error, settled: true }),
  );
  return state;
}

const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("createWorkerPool", () => {
  it("should reject at once a job whose signal is already aborted, and start no worker for it", async () => {
    const { pool, workers } = setup();
    const controller = new AbortController();
    controller.abort(new Error("client went away"));
    await expect(pool.run(JOB, { wallMs: WALL_MS, signal: controller.signal })).rejects.toThrow("client went away");
    expect(workers).toHaveLength(0);
  });

  it("should refuse with CypherBusyError once every worker is busy and the queue is full", async () => {
    const { pool, worker } = setup({ size: 1, queueMax: 1 });
    const first = track(pool.run(JOB, { wallMs: WALL_MS }));
    worker(0).ready();
    const second = track(pool.run(JOB, { wallMs: WALL_MS }));
    const third = track(pool.run(JOB, { wallMs: WALL_MS }));
    await flush();
    expect(third.error).toBeInstanceOf(CypherBusyError);
    expect((third.error as CypherBusyError).code).toBe("CYPHER_BUSY");
    expect(first.settled || second.settled).toBe(false);
    worker(0).answer(worker(0).lastRun());
    await flush();
    expect(first.value).toEqual(RESULT);
  });

  it("should refuse new jobs after close, failing the waiting and running ones, and end every worker", async () => {
    const { pool, worker } = setup({ size: 1 });
    const running = track(pool.run(JOB, { wallMs: WALL_MS }));
    worker(0).ready();
    const waiting = track(pool.run(JOB, { wallMs: WALL_MS }));
    await pool.close();
    expect(running.error).toBeInstanceOf(CypherBusyError);
    expect(waiting.error).toBeInstanceOf(CypherBusyError);
    expect(worker(0).terminated).toBe(true);
    await expect(pool.run(JOB, { wallMs: WALL_MS })).rejects.toBeInstanceOf(CypherBusyError);
  });

  it("should start workers only when jobs need them, at most `size`, and run each job once one is ready", async () => {
    const { pool, workers, worker } = setup({ queueMax: 4 });
    expect(workers).toHaveLength(0);
    const a = track(pool.run(JOB, { wallMs: WALL_MS }));
    expect(workers).toHaveLength(1);
    const b = track(pool.run(JOB, { wallMs: WALL_MS }));
    const c = track(pool.run(JOB, { wallMs: WALL_MS }));
    expect(workers).toHaveLength(2);
    expect(pool.stats()).toEqual({ workers: 2, ready: 0, busy: 0, queued: 3 });
    worker(0).ready();
    worker(1).ready();
    expect(pool.stats()).toMatchObject({ ready: 2, busy: 2, queued: 1 });
    worker(1).answer(worker(1).lastRun());
    await flush();
    expect(b.value).toEqual(RESULT);
    // The third job went to the worker that came free, in order.
    expect(worker(1).posted.filter((m) => m.kind === "run")).toHaveLength(2);
    worker(0).answer(worker(0).lastRun());
    worker(1).answer(worker(1).lastRun());
    await flush();
    expect(a.value).toEqual(RESULT);
    expect(c.value).toEqual(RESULT);
    expect(pool.stats()).toEqual({ workers: 2, ready: 2, busy: 0, queued: 0 });
  });

  it("should start every worker on warm()", () => {
    const { pool, workers } = setup({ size: 3 });
    pool.warm();
    pool.warm();
    expect(workers).toHaveLength(3);
  });

  it("should reject a failed job with its error rebuilt in its class, and keep the worker", async () => {
    const { pool, workers, worker } = setup({ size: 1 });
    const job = track(pool.run(JOB, { wallMs: WALL_MS }));
    worker(0).ready();
    worker(0).fail(
      worker(0).lastRun(),
      new CypherInvalidError("Invalid input", "Neo.ClientError.Statement.SyntaxError"),
    );
    await flush();
    expect(job.error).toBeInstanceOf(CypherInvalidError);
    expect(workers).toHaveLength(1);
    expect(pool.stats()).toMatchObject({ ready: 1, busy: 0 });
  });

  it("should fail a job past its wall clock with CypherTimeoutError, end its worker and start a fresh one", async () => {
    const { pool, workers, worker, retired } = setup({ size: 1 });
    const job = track(pool.run(JOB, { wallMs: WALL_MS }));
    worker(0).ready();
    await vi.advanceTimersByTimeAsync(WALL_MS);
    expect(job.error).toBeInstanceOf(CypherTimeoutError);
    expect((job.error as CypherTimeoutError).timeoutMs).toBe(WALL_MS);
    expect(worker(0).terminated).toBe(true);
    expect(retired).toEqual(["wall-clock"]);
    expect(workers).toHaveLength(2);
    // A late answer of the ended worker changes nothing.
    worker(0).answer(worker(0).lastRun());
    const next = track(pool.run(JOB, { wallMs: WALL_MS }));
    worker(1).ready();
    worker(1).answer(worker(1).lastRun());
    await flush();
    expect(next.value).toEqual(RESULT);
  });

  it("should fail a job with CypherBusyError when no worker comes free within its wall clock", async () => {
    const { pool, worker } = setup({ size: 1 });
    const running = track(pool.run(JOB, { wallMs: WALL_MS * 10 }));
    worker(0).ready();
    const waiting = track(pool.run(JOB, { wallMs: WALL_MS }));
    await vi.advanceTimersByTimeAsync(WALL_MS);
    expect(waiting.error).toBeInstanceOf(CypherBusyError);
    expect(running.settled).toBe(false);
    expect(pool.stats().queued).toBe(0);
  });

  it("should answer a worker that ran out of its heap with CypherAnswerTooLargeError naming the cap, and replace it", async () => {
    const { pool, workers, worker, retired } = setup({ size: 1 });
    const job = track(pool.run(JOB, { wallMs: WALL_MS }));
    const queued = track(pool.run(JOB, { wallMs: WALL_MS }));
    worker(0).ready();
    worker(0).die(outOfMemory());
    await flush();
    expect(job.error).toBeInstanceOf(CypherAnswerTooLargeError);
    expect((job.error as CypherAnswerTooLargeError).code).toBe("CYPHER_ANSWER_TOO_LARGE");
    expect((job.error as Error).message).toContain("64 MB");
    expect(retired).toEqual(["out-of-memory"]);
    expect(workers).toHaveLength(2);
    expect(queued.settled).toBe(false);
    worker(1).ready();
    worker(1).answer(worker(1).lastRun());
    await flush();
    expect(queued.value).toEqual(RESULT);
  });

  it("should answer a worker that reports too many buffered bytes the same way, ending it", async () => {
    const { pool, workers, worker, retired } = setup({ size: 1 });
    const job = track(pool.run(JOB, { wallMs: WALL_MS }));
    worker(0).ready();
    worker(0).emit("message", { kind: "overflow", bytes: 65 * 1024 * 1024 });
    await flush();
    expect(job.error).toBeInstanceOf(CypherAnswerTooLargeError);
    expect(worker(0).terminated).toBe(true);
    expect(retired).toEqual(["out-of-memory"]);
    expect(workers).toHaveLength(2);
  });

  it("should fail the job of a worker that died otherwise with CypherWorkerExitedError, and replace it", async () => {
    const { pool, workers, worker, retired } = setup({ size: 1 });
    const job = track(pool.run(JOB, { wallMs: WALL_MS }));
    worker(0).ready();
    worker(0).die(new Error("segfault in a native module"));
    await flush();
    expect(job.error).toBeInstanceOf(CypherWorkerExitedError);
    expect(retired).toEqual(["exited"]);
    expect(workers).toHaveLength(2);
  });

  it("should end a worker that sends a message off the protocol, failing its job", async () => {
    const { pool, worker, retired } = setup({ size: 1 });
    const job = track(pool.run(JOB, { wallMs: WALL_MS }));
    worker(0).ready();
    worker(0).emit("message", { kind: "done", id: "not a number" });
    await flush();
    expect(job.error).toBeInstanceOf(CypherWorkerExitedError);
    expect(worker(0).terminated).toBe(true);
    expect(retired).toEqual(["protocol"]);
  });

  it("should not start workers in a loop when one dies before it is ready: the waiting jobs fail", async () => {
    const { pool, workers, worker } = setup({ size: 1 });
    const job = track(pool.run(JOB, { wallMs: WALL_MS }));
    worker(0).die(new Error("Cannot find module"));
    await flush();
    expect(job.error).toBeInstanceOf(CypherWorkerExitedError);
    expect(workers).toHaveLength(1);
    // The next job tries again.
    const next = track(pool.run(JOB, { wallMs: WALL_MS }));
    expect(workers).toHaveLength(2);
    worker(1).ready();
    worker(1).answer(worker(1).lastRun());
    await flush();
    expect(next.value).toEqual(RESULT);
  });

  it("should settle an aborted job at once with the signal's reason, cancel it in the worker and reuse the worker", async () => {
    const { pool, workers, worker } = setup({ size: 1 });
    const controller = new AbortController();
    const job = track(pool.run(JOB, { wallMs: WALL_MS, signal: controller.signal }));
    worker(0).ready();
    const id = worker(0).lastRun();
    controller.abort(new Error("Neo4j is frozen"));
    await flush();
    expect((job.error as Error).message).toBe("Neo4j is frozen");
    expect(worker(0).posted).toContainEqual({ kind: "cancel", id });
    // Busy until it reports the cancelled job: the next job waits.
    const next = track(pool.run(JOB, { wallMs: WALL_MS }));
    expect(pool.stats()).toMatchObject({ busy: 1, queued: 1 });
    worker(0).fail(id, new Error("session closed"));
    expect(pool.stats()).toMatchObject({ busy: 1, queued: 0 });
    worker(0).answer(worker(0).lastRun());
    await flush();
    expect(next.value).toEqual(RESULT);
    expect(workers).toHaveLength(1);
  });

  it("should replace a worker that does not report a cancelled job within the grace", async () => {
    const { pool, workers, worker, retired } = setup({ size: 1 });
    const controller = new AbortController();
    const job = track(pool.run(JOB, { wallMs: WALL_MS, signal: controller.signal }));
    worker(0).ready();
    controller.abort(new Error("client went away"));
    await vi.advanceTimersByTimeAsync(SETTINGS.cancelGraceMs);
    expect(job.settled).toBe(true);
    expect(worker(0).terminated).toBe(true);
    expect(retired).toEqual(["cancel-grace"]);
    expect(workers).toHaveLength(2);
  });

  it("should drop an aborted job from the queue without touching any worker", async () => {
    const { pool, worker } = setup({ size: 1 });
    const running = track(pool.run(JOB, { wallMs: WALL_MS }));
    worker(0).ready();
    const controller = new AbortController();
    const waiting = track(pool.run(JOB, { wallMs: WALL_MS, signal: controller.signal }));
    controller.abort(new Error("client went away"));
    await flush();
    expect((waiting.error as Error).message).toBe("client went away");
    expect(pool.stats()).toMatchObject({ busy: 1, queued: 0 });
    expect(worker(0).posted.filter((m) => m.kind === "cancel")).toEqual([]);
    expect(running.settled).toBe(false);
  });
});
