// Small timing helpers for the bench: wall time of an async call, interleaved paired runs, peak RSS.
import { readFileSync } from "node:fs";
import { type PairedFigure, pairRuns } from "./stats";

export async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await run();
  return { ms: performance.now() - t0, value };
}

export { median } from "./stats";

/**
 * Runs the measured call and its baseline `repeats` times after one warm-up each, interleaved within each repeat
 * (app, then baseline) so that a load swing hits both sides of a pair; every run is kept (ms).
 */
export async function paired(
  repeats: number,
  measured: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
): Promise<PairedFigure> {
  await measured();
  await baseline();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < repeats; i++) {
    a.push((await timed(measured)).ms);
    b.push((await timed(baseline)).ms);
  }
  return pairRuns(a, b);
}

/** Peak resident set size of a live process (VmHWM), in bytes (Linux). */
export function peakRssOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmHWM:"));
  return Number(/(\d+)/.exec(line ?? "")?.[1] ?? 0) * 1024;
}
