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
 * The graph with a position on every node. When every node has a stored position (npm run layout) it is returned
 * as it is; otherwise every node is laid out, starting from its stored position where it has one, so Gephi and the
 * image of an export never show the nodes scattered at random.
 */
export function withPositions(graph: WireGraph): WireGraph {
  const stored = graph.nodes.map((n) => ({
    x: typeof n.attributes.x === "number" ? n.attributes.x : null,
    y: typeof n.attributes.y === "number" ? n.attributes.y : null,
  }));
  if (stored.every((p) => p.x !== null && p.y !== null)) return graph;
  const index = new Map(graph.nodes.map((n, i) => [n.key, i]));
  const edges = new Int32Array(graph.edges.length * 2);
  graph.edges.forEach((e, i) => {
    edges[2 * i] = index.get(e.source) ?? 0;
    edges[2 * i + 1] = index.get(e.target) ?? 0;
  });
  const input = { nodes: graph.nodes.length, edges, positions: initialPositions(stored) };
  const iterations = quickIterations(graph.nodes.length);
  const positions = iterations > 0 ? runForceLayout(input, iterations) : input.positions;
  return {
    ...graph,
    nodes: graph.nodes.map((n, i) => ({
      ...n,
      attributes: { ...n.attributes, x: positions[2 * i] ?? 0, y: positions[2 * i + 1] ?? 0 },
    })),
  };
}
