// Pure helpers of the large-graph mode: the size threshold, sigma's settings for it, NDJSON splitting, progress.
import type { Settings } from "sigma/settings";
import type { LoadProgress } from "./types";

/** Above this many nodes the overview is streamed whole and sigma switches to its large-graph settings. */
export const LARGE_GRAPH_NODES = 5000;
/** The most nodes the client streams for the overview. */
export const MAX_STREAMED_NODES = 250_000;

export const isLargeGraph = (order: number): boolean => order > LARGE_GRAPH_NODES;

/**
 * sigma's advice for large graphs: hide edges and labels while the camera moves, draw edges as plain lines (no
 * arrows, no curves), no edge labels or edge events. Applied above LARGE_GRAPH_NODES, undone below.
 */
export function largeGraphSettings(
  large: boolean,
  normal: Partial<Settings>,
  lineProgram: NonNullable<Settings["edgeProgramClasses"]>[string],
): Partial<Settings> {
  if (!large) return normal;
  return {
    hideEdgesOnMove: true,
    hideLabelsOnMove: true,
    renderEdgeLabels: false,
    enableEdgeEvents: false,
    labelRenderedSizeThreshold: 12,
    edgeProgramClasses: { arrow: lineProgram, line: lineProgram, curvedArrow: lineProgram },
  };
}

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
