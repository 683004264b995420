// Pure placement: reading positions off a graph, placing arrivals next to a neighbor, a stable fallback spot, the first layout.
import type Graph from "graphology";
import circular from "graphology-layout/circular";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { Point, Positions } from "./types";

/** Reads x/y of every node of a graph. */
export function positionsOf(graph: Graph): Positions {
  const out: Positions = {};
  graph.forEachNode((key, a) => {
    if (typeof a.x === "number" && typeof a.y === "number") out[key] = { x: a.x, y: a.y };
  });
  return out;
}

/** Positions for nodes that lack one, on a ring around their first placed neighbor (or the centre). */
export function placeNewNodes(
  existing: Positions,
  newNodes: readonly string[],
  anchorOf: (key: string) => string | undefined,
  radius = 30,
): Positions {
  const out: Positions = {};
  const byAnchor = new Map<string, string[]>();
  for (const key of newNodes) {
    if (existing[key]) continue;
    const anchor = anchorOf(key) ?? "";
    byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), key]);
  }
  for (const [anchor, keys] of byAnchor) {
    const centre: Point = existing[anchor] ?? { x: 0, y: 0 };
    keys.forEach((key, i) => {
      const angle = (2 * Math.PI * i) / keys.length + 0.3;
      out[key] = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
    });
  }
  return out;
}

/** x/y of a node's attributes when both are finite numbers (the server sends them once POST /api/layout stored them). */
export function storedPoint(attributes: Record<string, unknown> | undefined): Point | undefined {
  const { x, y } = attributes ?? {};
  return typeof x === "number" && typeof y === "number" && Number.isFinite(x) && Number.isFinite(y)
    ? { x, y }
    : undefined;
}

/**
 * The positions the server stored (POST /api/layout) for every node of a graph, or null when any node lacks one: a
 * page that draws them draws the layout the researcher computed, and a partial set is better laid out by the page.
 */
export function completeStoredPositions(
  nodes: ReadonlyArray<{ key: string; attributes?: Record<string, unknown> }>,
): Positions | null {
  if (nodes.length === 0) return null;
  const out: Positions = {};
  for (const n of nodes) {
    const point = storedPoint(n.attributes);
    if (!point) return null;
    out[n.key] = point;
  }
  return out;
}

/**
 * Positions the server stored (POST /api/layout, the same layout the overview is drawn at) for arriving nodes, when the
 * page still shows that layout: the anchor they were reached from is drawn where the server put it (within `epsilon`
 * graph units). Otherwise (a layout was run in the page, or the graph was laid out by the page) an empty object, and
 * arrivals are placed next to the anchor instead. Arrivals without a stored position are left out.
 */
export function storedArrivals(
  anchor: { drawn: Point | undefined; stored: Point | undefined },
  arrivals: ReadonlyArray<{ key: string; stored: Point | undefined }>,
  epsilon = 1e-6,
): Positions {
  const { drawn, stored } = anchor;
  if (!drawn || !stored) return {};
  if (Math.abs(drawn.x - stored.x) > epsilon || Math.abs(drawn.y - stored.y) > epsilon) return {};
  const out: Positions = {};
  for (const a of arrivals) if (a.stored) out[a.key] = a.stored;
  return out;
}

/** A stable spot for a node without a position, so first renders are deterministic. */
export function fallbackPosition(key: string): Point {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  const angle = ((h >>> 0) % 3600) * (Math.PI / 1800);
  const radius = 50 + ((h >>> 12) % 50);
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}

/** FA2 settings inferred from the graph's size, as graphology recommends, with gravity to keep islands near. */
export function forceAtlas2Settings(graph: Graph) {
  return { ...forceAtlas2.inferSettings(graph), gravity: 1, scalingRatio: 10, adjustSizes: false };
}

/** FA2 iterations for the synchronous first layout: many for small graphs, fewer as they grow (about a second). */
export function initialIterations(order: number): number {
  if (order <= 200) return 300;
  return Math.max(20, Math.floor(60_000 / order));
}

/** A deterministic first layout for graphs small enough to lay out synchronously: circle, FA2, then noverlap. */
export function initialLayout(graph: Graph, iterations = initialIterations(graph.order)): Positions {
  const copy = graph.copy();
  circular.assign(copy, { scale: 100 });
  forceAtlas2.assign(copy, { iterations, settings: forceAtlas2Settings(copy) });
  noverlap.assign(copy, { maxIterations: 200, settings: { margin: 4, ratio: 1.2 } });
  return positionsOf(copy);
}
