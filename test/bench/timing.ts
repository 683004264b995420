// Small timing helpers for the bench: wall time of an async call, medians of interleaved runs, peak RSS.
import { readFileSync } from "node:fs";

export async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await run();
  return { ms: performance.now() - t0, value };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface Paired {
  ms: number;
  baselineMs: number;
  /** ms ÷ baselineMs: 1 is as fast as the baseline. */
  ratio: number;
}

/** Runs the measured call and its baseline `rounds` times, interleaved, after one warm-up each; medians. */
export async function paired(
  rounds: number,
  measured: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
): Promise<Paired> {
  await measured();
  await baseline();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    a.push((await timed(measured)).ms);
    b.push((await timed(baseline)).ms);
  }
  const ms = median(a);
  const baselineMs = median(b);
  return { ms, baselineMs, ratio: ms / baselineMs };
}

/** Peak resident set size of a live process (VmHWM), in bytes (Linux). */
export function peakRssOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmHWM:"));
  return Number(/(\d+)/.exec(line ?? "")?.[1] ?? 0) * 1024;
}
