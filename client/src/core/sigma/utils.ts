// Pure helpers of drawing: the size above which a graph is large, and sigma's settings for large graphs.
import type { Settings } from "sigma/settings";

/** Above this many nodes the overview is streamed whole and sigma switches to its large-graph settings. */
export const LARGE_GRAPH_NODES = 5000;
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
    labelDensity: 0.6,
    edgeProgramClasses: { arrow: lineProgram, line: lineProgram, curvedArrow: lineProgram },
  };
}
