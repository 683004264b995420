// The one derived chain: data → filters → visual attributes (→ sigma, in sigma/binding.ts); plus the highlight context.
import { appearanceAtom } from "../appearance";
import { buildVisualGraph, type VisualOptions } from "../appearance/utils";
import { graphDatasetAtom } from "../dataset";
import { filtersAtom } from "../filters";
import { applyFilters, sameVisibleSet } from "../filters/utils";
import { selectionAtom } from "../selection";
import { type HighlightContext, sameHighlight } from "../selection/utils";
import { traceAtom } from "../trace";
import { activePath, otherPaths } from "../trace/utils";
import { derivedAtom } from "../utils/atoms";

/**
 * The filter step. A change that leaves the same nodes and edges visible keeps the set it had, so nothing after it is
 * rebuilt or redrawn: most steps of the timeline's slider (a month in which no claim's period starts or ends).
 */
export const visibleAtom = derivedAtom(
  [graphDatasetAtom, filtersAtom],
  (data, filters) => applyFilters(data.graph, filters),
  sameVisibleSet,
);

/** What the visual step reads of the appearance and the filters: the same object while those stay the same. */
const visualOptionsAtom = derivedAtom(
  [appearanceAtom, filtersAtom],
  (appearance, filters): VisualOptions => ({
    appearance,
    singleSourceOnly: filters.singleSourceOnly,
    supportHighlight: filters.supportHighlight,
    emphasiseClaims: filters.attributedTo !== null,
  }),
  (a, b) =>
    a.appearance === b.appearance &&
    a.singleSourceOnly === b.singleSourceOnly &&
    a.supportHighlight === b.supportHighlight &&
    a.emphasiseClaims === b.emphasiseClaims,
);

export const visualGraphAtom = derivedAtom(
  [graphDatasetAtom, visibleAtom, visualOptionsAtom],
  (data, visible, options) => buildVisualGraph(data.graph, visible, options),
);

const EMPTY: ReadonlySet<string> = new Set();

export const highlightAtom = derivedAtom(
  [selectionAtom, traceAtom, visualOptionsAtom, graphDatasetAtom, visibleAtom],
  (selection, trace, options, data, visible): HighlightContext => {
    const selectedNode = selection.selected?.kind === "node" ? selection.selected.id : null;
    const selectedEdge = selection.selected?.kind === "edge" ? selection.selected.id : null;
    const focus = selection.hoveredNode ?? selectedNode;
    const graph = data.graph;
    const focusNeighbors =
      focus && graph.hasNode(focus) ? new Set(graph.neighbors(focus).filter((n) => visible.nodes.has(n))) : EMPTY;
    const selectedEdgeEnds =
      selectedEdge && graph.hasEdge(selectedEdge) ? new Set(graph.extremities(selectedEdge)) : EMPTY;
    const path = activePath(trace);
    // Every listed path is drawn: the active one in full, the others quietly; their nodes all stay emphasised.
    const others = otherPaths(trace);
    const pathNodes = path ? new Set([...path.nodes, ...others.flatMap((p) => p.nodes)]) : null;
    return {
      focus,
      hoveredNode: selection.hoveredNode,
      focusNeighbors,
      selectedNode,
      selectedEdge,
      selectedEdgeEnds,
      hoveredEdge: selection.hoveredEdge,
      pathNodes,
      pathEdges: path ? new Set(path.steps.map((s) => s.key)) : null,
      otherPathEdges: others.length > 0 ? new Set(others.flatMap((p) => p.steps.map((s) => s.key))) : null,
      singleSourceOnly: options.singleSourceOnly,
    };
  },
  // The same emphasis (the selected node clicked again, a graph change that leaves the focus's neighbours as they
  // were) keeps the context it had: nothing is restyled.
  sameHighlight,
);
