// The one derived chain: data → filters → visual attributes (→ sigma, in sigma/binding.ts); plus the highlight context.
import { appearanceAtom } from "../appearance";
import { buildVisualGraph } from "../appearance/utils";
import { graphDatasetAtom } from "../dataset";
import { filtersAtom } from "../filters";
import { applyFilters } from "../filters/utils";
import { selectionAtom } from "../selection";
import type { HighlightContext } from "../selection/utils";
import { traceAtom } from "../trace";
import { activePath, otherPaths } from "../trace/utils";
import { derivedAtom } from "../utils/atoms";

export const visibleAtom = derivedAtom([graphDatasetAtom, filtersAtom], (data, filters) =>
  applyFilters(data.graph, filters),
);

export const visualGraphAtom = derivedAtom(
  [graphDatasetAtom, visibleAtom, appearanceAtom, filtersAtom],
  (data, visible, appearance, filters) =>
    buildVisualGraph(data.graph, visible, {
      appearance,
      singleSourceOnly: filters.singleSourceOnly,
      supportHighlight: filters.supportHighlight,
      emphasiseClaims: filters.attributedTo !== null,
    }),
);

const EMPTY: ReadonlySet<string> = new Set();

export const highlightAtom = derivedAtom(
  [selectionAtom, traceAtom, filtersAtom, graphDatasetAtom, visibleAtom],
  (selection, trace, filters, data, visible): HighlightContext => {
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
      singleSourceOnly: filters.singleSourceOnly,
    };
  },
);
