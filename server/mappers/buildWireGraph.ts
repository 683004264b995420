// Builds graphology's serialized graph from plain nodes and relationships; keys are unique, edges need both ends present.
import type { WireGraph } from "@domain/contracts/wire";
import type { Corroboration } from "../corroboration/view";
import { edgeAttributes, edgeKey } from "./edges";
import { nodeAttributes, uniqueNodeKey } from "./nodes";
import type { PlainNode, PlainRelationship } from "./types";

export function emptyWireGraph(attributes: Record<string, unknown> = {}): WireGraph {
  return { attributes, options: { type: "directed", multi: true, allowSelfLoops: true }, nodes: [], edges: [] };
}

type WireNode = WireGraph["nodes"][number];
type WireEdge = WireGraph["edges"][number];

/** Says whether an element of the given wire form may join the graph (a budget); absent, every element may. */
export type Admit = (entry: WireNode | WireEdge) => boolean;

export interface WireGraphBuilder {
  readonly graph: WireGraph;
  hasNode(elementId: string): boolean;
  /**
   * Adds a node unless one with its elementId is in or `admit` refuses it. Its key is the domain id, or its
   * elementId when another node of this graph holds that id (uniqueNodeKey). Returns whether it was added.
   */
  addNode(node: PlainNode, admit?: Admit): boolean;
  /**
   * Adds a relationship between two nodes of the graph unless it is in or `admit` refuses it: keyed
   * `source|TYPE|target`, with `#elementId` for a second one of a type between the same pair. Returns whether it was
   * added; a relationship with an end outside the graph never is. `attributes` may be given when already mapped.
   */
  addRelationship(rel: PlainRelationship, admit?: Admit, attributes?: WireEdge["attributes"]): boolean;
}

/**
 * `corroboration` gives every edge and claim node its independent support (edgeAttributes, nodeAttributes); null in a
 * worker thread, whose caller adds it afterwards (withIndependentSupport).
 */
export function createWireGraphBuilder(
  corroboration: Corroboration | null,
  attributes: Record<string, unknown> = {},
): WireGraphBuilder {
  const graph = emptyWireGraph(attributes);
  const keyByElementId = new Map<string, string>();
  const nodeKeys = new Set<string>();
  const edgeKeys = new Set<string>();
  const relationships = new Set<string>();
  return {
    graph,
    hasNode: (elementId) => keyByElementId.has(elementId),
    addNode(node, admit) {
      if (keyByElementId.has(node.elementId)) return false;
      const entry = { key: uniqueNodeKey(node, nodeKeys), attributes: nodeAttributes(node, corroboration) };
      if (admit && !admit(entry)) return false;
      keyByElementId.set(node.elementId, entry.key);
      nodeKeys.add(entry.key);
      graph.nodes.push(entry);
      return true;
    },
    addRelationship(rel, admit, attributes) {
      const source = keyByElementId.get(rel.startNodeElementId);
      const target = keyByElementId.get(rel.endNodeElementId);
      if (source === undefined || target === undefined || relationships.has(rel.elementId)) return false;
      const plain = edgeKey(source, rel.type, target);
      const key = edgeKeys.has(plain) ? `${plain}#${rel.elementId}` : plain;
      const entry = { key, source, target, attributes: attributes ?? edgeAttributes(rel, corroboration) };
      if (admit && !admit(entry)) return false;
      relationships.add(rel.elementId);
      edgeKeys.add(key);
      graph.edges.push(entry);
      return true;
    },
  };
}

/** Nodes are de-duplicated by elementId and keyed uniquely; a relationship whose start or end is absent is left out. */
export function buildWireGraph(
  nodes: Iterable<PlainNode>,
  relationships: Iterable<PlainRelationship>,
  corroboration: Corroboration | null,
  attributes: Record<string, unknown> = {},
): WireGraph {
  const builder = createWireGraphBuilder(corroboration, attributes);
  for (const node of nodes) builder.addNode(node);
  for (const rel of relationships) builder.addRelationship(rel);
  return builder.graph;
}
