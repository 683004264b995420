// Pure updates of the data graph: load, merge an expansion, collapse it. Graphs are copied, never mutated in place.

import type { GraphResponse, WireGraph } from "@domain/model";
import { MultiDirectedGraph } from "graphology";
import { type CanvasStep, type DataGraph, type EdgeData, type GraphDataState, MAX_STEPS, type NodeData } from "./types";

export function emptyGraph(): DataGraph {
  return new MultiDirectedGraph<NodeData, EdgeData>({ allowSelfLoops: true });
}

export function getEmptyGraphDataState(): GraphDataState {
  return {
    status: "idle",
    error: null,
    graph: emptyGraph(),
    truncated: false,
    totals: { nodes: 0, edges: 0 },
    expansions: {},
    steps: [],
  };
}

/** The canvas recipe after one more step: a step that replaces starts over from it, others are appended. */
export const stepsAfter =
  (step: CanvasStep) =>
  (steps: readonly CanvasStep[]): CanvasStep[] =>
    "mode" in step && step.mode === "replace" ? [step] : [...steps, step].slice(-MAX_STEPS);

/** Records the step that made this state (the same update also changed the graph, so both travel together). */
export const stepRecorded =
  (step: CanvasStep) =>
  (state: GraphDataState): GraphDataState => ({ ...state, steps: stepsAfter(step)(state.steps) });

export function isQueryStep(step: CanvasStep): step is Extract<CanvasStep, { query: string }> {
  return "query" in step;
}

/** A count from the wire: integers beyond 2^53 arrive as strings; the UI only needs an approximate number. */
export function wireCount(value: number | string): number {
  return typeof value === "number" ? value : Number(value);
}

export function graphFromWire(wire: WireGraph): DataGraph {
  const graph = emptyGraph();
  mergeInto(graph, wire);
  return graph;
}

/** Adds the wire graph's nodes and edges to `graph` (mutates it); returns the keys that were new. */
function mergeInto(graph: DataGraph, wire: WireGraph): { nodes: string[]; edges: string[] } {
  const nodes: string[] = [];
  const edges: string[] = [];
  for (const node of wire.nodes) {
    if (graph.hasNode(node.key)) graph.mergeNodeAttributes(node.key, node.attributes);
    else {
      graph.addNode(node.key, node.attributes);
      nodes.push(node.key);
    }
  }
  for (const edge of wire.edges) {
    if (graph.hasEdge(edge.key)) continue;
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
    edges.push(edge.key);
  }
  return { nodes, edges };
}

export const graphLoading =
  () =>
  (state: GraphDataState): GraphDataState => ({
    ...state,
    status: "loading",
    error: null,
  });

/** A whole new canvas: the overview (no steps) or what the step that replaced the canvas returned. */
export const graphLoaded =
  (response: GraphResponse, steps: CanvasStep[] = []) =>
  (state: GraphDataState): GraphDataState => ({
    ...state,
    status: "ready",
    error: null,
    graph: graphFromWire(response.graph),
    truncated: response.truncated,
    totals: { nodes: wireCount(response.totals.nodes), edges: wireCount(response.totals.edges) },
    expansions: {},
    steps,
  });

export const graphFailed =
  (message: string) =>
  (state: GraphDataState): GraphDataState => ({ ...state, status: "error", error: message });

export interface ExpansionPage {
  nodeId: string;
  graph: WireGraph;
  /** Neighbors in this page. */
  count: number;
  total: number | null;
  hasMore: boolean;
}

/** Merges one page of a node's neighborhood; a second page extends the same expansion ("show more"). */
export const expansionMerged =
  (page: ExpansionPage) =>
  (state: GraphDataState): GraphDataState => {
    const graph = state.graph.copy() as DataGraph;
    const added = mergeInto(graph, page.graph);
    const previous = state.expansions[page.nodeId];
    return {
      ...state,
      graph,
      expansions: {
        ...state.expansions,
        [page.nodeId]: {
          nodeId: page.nodeId,
          addedNodes: [...(previous?.addedNodes ?? []), ...added.nodes],
          loaded: (previous?.loaded ?? 0) + page.count,
          total: page.total,
          hasMore: page.hasMore,
        },
      },
    };
  };

/** The nodes a collapse removes: what the expansion added, and, recursively, what their own expansions added. */
export function nodesToCollapse(state: GraphDataState, nodeId: string): string[] {
  const out = new Set<string>();
  const visit = (id: string) => {
    for (const added of state.expansions[id]?.addedNodes ?? []) {
      if (added === nodeId || out.has(added)) continue;
      out.add(added);
      visit(added);
    }
  };
  visit(nodeId);
  return [...out];
}

export const expansionCollapsed =
  (nodeId: string) =>
  (state: GraphDataState): GraphDataState => {
    const remove = nodesToCollapse(state, nodeId);
    const graph = state.graph.copy() as DataGraph;
    for (const key of remove) if (graph.hasNode(key)) graph.dropNode(key);
    const expansions = { ...state.expansions };
    delete expansions[nodeId];
    for (const key of remove) delete expansions[key];
    return { ...state, graph, expansions };
  };

/** The node's label in the chosen language, falling back to English. */
export function nodeName(attributes: NodeData | undefined, language: "en" | "ar"): string {
  if (!attributes) return "";
  if (language === "ar" && attributes.labelAr) return attributes.labelAr;
  return attributes.label;
}

/** Adds whatever of a wire graph is missing (e.g. a traced path's nodes); the same state when nothing is new. */
export const graphMerged =
  (wire: WireGraph) =>
  (state: GraphDataState): GraphDataState => {
    const missingNode = wire.nodes.some((n) => !state.graph.hasNode(n.key));
    const missingEdge = wire.edges.some((e) => !state.graph.hasEdge(e.key));
    if (!missingNode && !missingEdge) return state;
    const graph = state.graph.copy() as DataGraph;
    mergeInto(graph, wire);
    return { ...state, graph };
  };
