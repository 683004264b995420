// Which nodes and edges an export holds: the current view, the selection (with its visible neighbors), or a query result.
import type { WireGraph } from "@domain/contracts/wire";
import type { DataGraph } from "../dataset/types";
import type { VisibleSet } from "../filters/types";
import type { Selection } from "../selection/types";

/** The data graph's nodes and edges among `keys`, in the wire format the writers take. */
export function wireOf(graph: DataGraph, keys: VisibleSet): WireGraph {
  const nodes: WireGraph["nodes"] = [];
  const edges: WireGraph["edges"] = [];
  graph.forEachNode((key, attributes) => {
    if (keys.nodes.has(key)) nodes.push({ key, attributes: { ...attributes } });
  });
  graph.forEachEdge((key, attributes, source, target) => {
    if (keys.edges.has(key) && keys.nodes.has(source) && keys.nodes.has(target)) {
      edges.push({ key, source, target, attributes: { ...attributes } });
    }
  });
  return { attributes: {}, options: { type: "directed", multi: true, allowSelfLoops: true }, nodes, edges };
}

/**
 * The selection as a subgraph: a node with its visible neighbors and the visible edges among them, or an edge with
 * its two ends. Null when nothing visible is selected.
 */
export function selectionKeys(graph: DataGraph, visible: VisibleSet, selected: Selection): VisibleSet | null {
  if (!selected) return null;
  if (selected.kind === "edge") {
    if (!graph.hasEdge(selected.id) || !visible.edges.has(selected.id)) return null;
    return { nodes: new Set(graph.extremities(selected.id)), edges: new Set([selected.id]) };
  }
  if (!graph.hasNode(selected.id) || !visible.nodes.has(selected.id)) return null;
  const nodes = new Set([selected.id]);
  for (const n of graph.neighbors(selected.id)) if (visible.nodes.has(n)) nodes.add(n);
  const edges = new Set<string>();
  for (const key of visible.edges) {
    const [s, t] = graph.extremities(key);
    if (nodes.has(s) && nodes.has(t)) edges.add(key);
  }
  return { nodes, edges };
}
