// How exported nodes and edges are drawn when no canvas drew them (server exports): the explorer's colours and sizes.
import type { WireGraph } from "../contracts/wire";

/** Colours by node type: a fixed, colour-blind-aware palette for the model's types, a stable hash for any other. */
export const NODE_TYPE_COLORS: Readonly<Record<string, string>> = {
  Organization: "#2563eb",
  Person: "#db2777",
  Government: "#b91c1c",
  Country: "#ea580c",
  AIModel: "#7c3aed",
  Product: "#0891b2",
  Project: "#059669",
  Report: "#92400e",
  Policy: "#be123c",
  Media: "#4d7c0f",
  Technology: "#0d9488",
  Sector: "#ca8a04",
  Commodity: "#64748b",
  Claim: "#a8a29e",
  Source: "#1f2937",
};

const EXTRA = ["#9333ea", "#0369a1", "#c2410c", "#15803d", "#a21caf", "#4338ca", "#b45309", "#0f766e"];

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The colour of a node type, #rrggbb. */
export function colorForType(type: string): string {
  return NODE_TYPE_COLORS[type] ?? EXTRA[hash(type) % EXTRA.length] ?? "#6b7280";
}

export const EDGE_COLOR = "#b8bec8";
export const MIN_NODE_SIZE = 5;
export const MAX_NODE_SIZE = 20;
export const CLAIM_NODE_SIZE = 4;

/** A node's size from its metric: MIN_NODE_SIZE to MAX_NODE_SIZE by the square root of value / max. */
export function scaleSize(value: number, max: number): number {
  if (max <= 0) return MIN_NODE_SIZE;
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(Math.max(0, value) / max);
}

/** An edge's thickness: 1, thicker with each further piece of evidence, at most 4. */
export function edgeSize(evidenceCount: number): number {
  return Math.min(4, 1 + 0.6 * Math.max(0, evidenceCount - 1));
}

/**
 * The graph with the explorer's default drawing: each node's `color` by type and `size` by degree within the
 * export (claims small), each edge's `color` and `size` by its evidence count. Positions are left as they are.
 */
export function withVisualAttributes(graph: WireGraph): WireGraph {
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  let max = 0;
  for (const n of graph.nodes) if (n.attributes.kind !== "claim") max = Math.max(max, degree.get(n.key) ?? 0);
  return {
    ...graph,
    nodes: graph.nodes.map((n) => ({
      ...n,
      attributes: {
        ...n.attributes,
        color: colorForType(n.attributes.type),
        size: n.attributes.kind === "claim" ? CLAIM_NODE_SIZE : scaleSize(degree.get(n.key) ?? 0, max),
      },
    })),
    edges: graph.edges.map((e) => ({
      ...e,
      attributes: { ...e.attributes, color: EDGE_COLOR, size: edgeSize(e.attributes.evidence.length) },
    })),
  };
}
