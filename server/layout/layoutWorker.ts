// Worker thread: runs ForceAtlas2 off the server's event loop and posts progress, then the positions.
import { parentPort, workerData } from "node:worker_threads";
import { type LayoutInput, runForceLayout } from "./forceLayout";

export type WorkerMessage =
  | { kind: "progress"; done: number; total: number }
  | { kind: "done"; positions: Float64Array }
  | { kind: "failed"; message: string };

const { input, iterations } = workerData as { input: LayoutInput; iterations: number };
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(message, transfer);
try {
  const positions = runForceLayout(input, iterations, (done, total) => post({ kind: "progress", done, total }));
  post({ kind: "done", positions }, [positions.buffer as ArrayBuffer]);
} catch (error) {
  post({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
}
