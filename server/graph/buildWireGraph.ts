// Builds graphology's serialized graph from plain nodes and relationships; edges need both ends present.
import type { WireGraph } from "../domain/wire";
import { edgeAttributes, edgeKeyer } from "./edges";
import { nodeAttributes, nodeKey } from "./nodes";
import type { PlainNode, PlainRelationship } from "./types";

export function emptyWireGraph(attributes: Record<string, unknown> = {}): WireGraph {
  return { attributes, options: { type: "directed", multi: true, allowSelfLoops: true }, nodes: [], edges: [] };
}

/** Nodes are de-duplicated by key; a relationship whose start or end is not among the nodes is left out. */
export function buildWireGraph(
  nodes: Iterable<PlainNode>,
  relationships: Iterable<PlainRelationship>,
  attributes: Record<string, unknown> = {},
): WireGraph {
  const graph = emptyWireGraph(attributes);
  const keyByElementId = new Map<string, string>();
  for (const node of nodes) {
    if (keyByElementId.has(node.elementId)) continue;
    const key = nodeKey(node);
    keyByElementId.set(node.elementId, key);
    graph.nodes.push({ key, attributes: nodeAttributes(node) });
  }
  const seenRelationships = new Set<string>();
  const keyOf = edgeKeyer();
  for (const rel of relationships) {
    const source = keyByElementId.get(rel.startNodeElementId);
    const target = keyByElementId.get(rel.endNodeElementId);
    if (source === undefined || target === undefined || seenRelationships.has(rel.elementId)) continue;
    seenRelationships.add(rel.elementId);
    graph.edges.push({
      key: keyOf(source, rel.type, target, rel.elementId),
      source,
      target,
      attributes: edgeAttributes(rel),
    });
  }
  return graph;
}
