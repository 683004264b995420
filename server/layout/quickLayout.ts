// A quick layout for an export whose nodes have no stored position: a sunflower start, then a few ForceAtlas2 steps.
import type { WireGraph } from "@domain/contracts/wire";
import { BARNES_HUT_ABOVE, initialPositions, runForceLayout } from "./forceLayout";

/** Above this many nodes the export keeps the sunflower start: ForceAtlas2 would cost seconds per export. */
export const QUICK_LAYOUT_MAX_NODES = 5_000;

/**
 * ForceAtlas2 iterations of a quick layout: 30 up to 2,000 nodes, then 60,000 / nodes (12 at 5,000), none above
 * QUICK_LAYOUT_MAX_NODES. It runs in the request, so it is kept under about a second on this machine (measured: 60
 * iterations took 0.95 s at 1k nodes and 12 took 4 s at 10k, beside a running test suite).
 */
export function quickIterations(nodes: number): number {
  if (nodes > QUICK_LAYOUT_MAX_NODES) return 0;
  if (nodes <= BARNES_HUT_ABOVE) return 30;
  return Math.round(60_000 / nodes);
}

/**
 * The graph with a position on every node, for the drawn export formats:
 * - every node has a stored position (npm run layout): returned as it is;
 * - none has one: a sunflower start, then quickIterations of ForceAtlas2, so Gephi and the image of an export never
 *   show the nodes scattered at random;
 * - some have one (a document ingested after the last layout): the stored positions are kept, as the explorer draws
 *   them, and each node without one goes next to its placed neighbours (placeBesideNeighbours). Laying every node out
 *   again would move the researcher's picture and cost seconds per export (the bench's profile showed ForceAtlas2 at
 *   22% of an export's CPU when 65 of 5,000 nodes had no position).
 */
export function withPositions(graph: WireGraph): WireGraph {
  const stored = graph.nodes.map((n) => ({
    x: typeof n.attributes.x === "number" ? n.attributes.x : null,
    y: typeof n.attributes.y === "number" ? n.attributes.y : null,
  }));
  const placedCount = stored.filter((p) => p.x !== null && p.y !== null).length;
  if (placedCount === graph.nodes.length) return graph;
  const index = new Map(graph.nodes.map((n, i) => [n.key, i]));
  const edges = new Int32Array(graph.edges.length * 2);
  graph.edges.forEach((e, i) => {
    edges[2 * i] = index.get(e.source) ?? 0;
    edges[2 * i + 1] = index.get(e.target) ?? 0;
  });
  let positions: Float64Array;
  if (placedCount > 0) positions = placeBesideNeighbours(stored, edges);
  else {
    const input = { nodes: graph.nodes.length, edges, positions: initialPositions(stored) };
    const iterations = quickIterations(graph.nodes.length);
    positions = iterations > 0 ? runForceLayout(input, iterations) : input.positions;
  }
  return {
    ...graph,
    nodes: graph.nodes.map((n, i) => ({
      ...n,
      attributes: { ...n.attributes, x: positions[2 * i] ?? 0, y: positions[2 * i + 1] ?? 0 },
    })),
  };
}

/**
 * Positions [x0, y0, …] that keep every stored position and put each other node at the mean of its placed
 * neighbours, nudged along a golden-angle spiral so that nodes sharing neighbours do not overlap. Nodes reached only
 * through other unplaced nodes are placed in later passes; nodes with no path to a placed one go on a sunflower
 * around the placed nodes' centre. O(passes × (nodes + edges)); deterministic. `edges` holds node index pairs.
 */
export function placeBesideNeighbours(
  stored: ReadonlyArray<{ x: number | null; y: number | null }>,
  edges: Int32Array,
): Float64Array {
  const n = stored.length;
  const out = new Float64Array(n * 2);
  const placed = new Uint8Array(n);
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  let count = 0;
  stored.forEach((p, i) => {
    if (p.x === null || p.y === null) return;
    out[2 * i] = p.x;
    out[2 * i + 1] = p.y;
    placed[i] = 1;
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
    count++;
  });
  // About one node's spacing in the stored picture: its extent spread over its nodes.
  const spacing = Math.max(1, Math.hypot(maxX - minX, maxY - minY) / Math.max(1, Math.sqrt(count)));
  const golden = Math.PI * (3 - Math.sqrt(5));
  let nudges = 0;
  for (let changed = true; changed; ) {
    changed = false;
    const sx = new Float64Array(n);
    const sy = new Float64Array(n);
    const k = new Uint32Array(n);
    for (let e = 0; e + 1 < edges.length; e += 2) {
      const a = edges[e] as number;
      const b = edges[e + 1] as number;
      const [from, to] = placed[a] && !placed[b] ? [a, b] : placed[b] && !placed[a] ? [b, a] : [-1, -1];
      if (to < 0) continue;
      sx[to] = (sx[to] as number) + (out[2 * from] as number);
      sy[to] = (sy[to] as number) + (out[2 * from + 1] as number);
      k[to] = (k[to] as number) + 1;
    }
    for (let i = 0; i < n; i++) {
      const neighbours = k[i] as number;
      if (placed[i] || neighbours === 0) continue;
      const r = spacing * (0.5 + 0.1 * Math.sqrt(nudges));
      out[2 * i] = (sx[i] as number) / neighbours + r * Math.cos(nudges * golden);
      out[2 * i + 1] = (sy[i] as number) / neighbours + r * Math.sin(nudges * golden);
      placed[i] = 1;
      nudges++;
      changed = true;
    }
  }
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const rest = [...placed.keys()].filter((i) => !placed[i]);
  const radius = Math.hypot(maxX - minX, maxY - minY) / 2 + spacing;
  rest.forEach((i, j) => {
    const r = radius + spacing * Math.sqrt(j + 1);
    out[2 * i] = cx + r * Math.cos(j * golden);
    out[2 * i + 1] = cy + r * Math.sin(j * golden);
  });
  return out;
}
