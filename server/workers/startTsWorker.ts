// Starts a worker thread on a TypeScript module, with tsx's loader registered inside the worker first.
import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * A Worker running the TypeScript module at `moduleUrl` (a file: URL). The worker registers tsx's loader before it
 * imports the module, whatever started this process (tsx, vitest, `node --import tsx`). `options` are Node's own
 * (`workerData`, `resourceLimits`, `name`, …); `eval` is set here. A module that fails to load makes the worker emit
 * "error" and exit, as any uncaught failure in it does.
 */
export function startTsWorker(moduleUrl: string, options: Omit<WorkerOptions, "eval"> = {}): Worker {
  const bootstrap = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
