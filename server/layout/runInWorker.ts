// Starts the layout worker thread (TypeScript through tsx's loader) and resolves with the positions it computes.
import { startTsWorker } from "../workers/startTsWorker";
import type { LayoutInput } from "./forceLayout";
import type { WorkerMessage } from "./layoutWorker";

const WORKER_URL = new URL("./layoutWorker.ts", import.meta.url).href;

export function runLayoutInWorker(
  input: LayoutInput,
  iterations: number,
  onProgress: (done: number, total: number) => void,
): Promise<Float64Array> {
  return new Promise((resolve, reject) => {
    const worker = startTsWorker(WORKER_URL, { workerData: { input, iterations } });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on("message", (message: WorkerMessage) => {
      if (message.kind === "progress") onProgress(message.done, message.total);
      else if (message.kind === "done") finish(() => resolve(message.positions));
      else finish(() => reject(new Error(`layout failed: ${message.message}`)));
    });
    worker.on("error", (error) => finish(() => reject(error)));
    worker.on("exit", (code) => finish(() => reject(new Error(`the layout worker exited (${code}) without a result`))));
  });
}
