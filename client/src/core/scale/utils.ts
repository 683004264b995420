// Pure helpers of the overview stream: how many nodes it takes, NDJSON splitting, progress.
import type { LoadProgress } from "./types";

/** The most nodes the client streams for the overview. */
export const MAX_STREAMED_NODES = 250_000;

/** Splits what arrived so far into complete lines and the unfinished rest (NDJSON). */
export function splitLines(buffered: string): { lines: string[]; rest: string } {
  const parts = buffered.split("\n");
  const rest = parts.pop() ?? "";
  return { lines: parts.filter((l) => l.trim() !== ""), rest };
}

export function getEmptyLoadProgress(): LoadProgress {
  return { active: false, expected: { nodes: 0, edges: 0 }, loaded: { nodes: 0, edges: 0 } };
}

export const loadStarted =
  (expected: { nodes: number; edges: number }) =>
  (_state: LoadProgress): LoadProgress => ({ active: true, expected, loaded: { nodes: 0, edges: 0 } });

export const chunkLoaded =
  (kind: "nodes" | "edges", count: number) =>
  (state: LoadProgress): LoadProgress => ({
    ...state,
    loaded: { ...state.loaded, [kind]: state.loaded[kind] + count },
  });

export const loadEnded =
  () =>
  (state: LoadProgress): LoadProgress => ({ ...state, active: false });

/** 0 to 1: nodes and edges weighed by their counts. */
export function progressFraction(p: LoadProgress): number {
  const total = p.expected.nodes + p.expected.edges;
  if (total <= 0) return p.active ? 0 : 1;
  return Math.min(1, (p.loaded.nodes + p.loaded.edges) / total);
}
