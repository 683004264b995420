// ForceAtlas2 on a graph given as flat arrays: settings by size (Barnes–Hut above 2k nodes), run in chunks with progress.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";

/** Above this many nodes, Barnes–Hut approximates repulsion (O(n log n) instead of O(n²)). */
export const BARNES_HUT_ABOVE = 2000;

export interface LayoutInput {
  /** Node count; nodes are 0..n-1. */
  nodes: number;
  /** Edge ends as pairs of node indexes: [s0, t0, s1, t1, ...]. */
  edges: Int32Array;
  /** Starting positions [x0, y0, x1, y1, ...]. */
  positions: Float64Array;
}

/** Iterations by default: many for small graphs, fewer as each iteration gets dearer. */
export function defaultIterations(nodes: number): number {
  if (nodes <= BARNES_HUT_ABOVE) return 500;
  return Math.max(40, Math.min(500, Math.round(2_000_000 / nodes)));
}

export function layoutSettings(graph: Graph) {
  return {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > BARNES_HUT_ABOVE,
  };
}

/**
 * Starting positions: a stored position when a node has one, otherwise a seeded spiral (sunflower) scattered over a
 * disc whose area grows with the node count, so the first iterations do not explode.
 */
export function initialPositions(stored: ReadonlyArray<{ x: number | null; y: number | null }>): Float64Array {
  const out = new Float64Array(stored.length * 2);
  const radius = Math.sqrt(stored.length) * 10;
  const golden = Math.PI * (3 - Math.sqrt(5));
  stored.forEach((p, i) => {
    if (typeof p.x === "number" && typeof p.y === "number" && Number.isFinite(p.x) && Number.isFinite(p.y)) {
      out[2 * i] = p.x;
      out[2 * i + 1] = p.y;
      return;
    }
    const r = radius * Math.sqrt((i + 0.5) / stored.length);
    out[2 * i] = r * Math.cos(i * golden);
    out[2 * i + 1] = r * Math.sin(i * golden);
  });
  return out;
}

export function buildLayoutGraph(input: LayoutInput): Graph {
  const graph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  for (let i = 0; i < input.nodes; i++) {
    graph.addNode(i, { x: input.positions[2 * i] ?? 0, y: input.positions[2 * i + 1] ?? 0 });
  }
  for (let e = 0; e + 1 < input.edges.length; e += 2) {
    const s = input.edges[e] as number;
    const t = input.edges[e + 1] as number;
    if (s !== t) graph.addEdge(s, t);
  }
  return graph;
}

/** Runs `iterations` in chunks, calling `onProgress(done, total)` after each; returns [x0, y0, ...]. */
export function runForceLayout(
  input: LayoutInput,
  iterations: number,
  onProgress: (done: number, total: number) => void = () => {},
  chunk = 5,
): Float64Array {
  const graph = buildLayoutGraph(input);
  const settings = layoutSettings(graph);
  let done = 0;
  while (done < iterations) {
    const step = Math.min(chunk, iterations - done);
    if (graph.order > 0) forceAtlas2.assign(graph, { iterations: step, settings });
    done += step;
    onProgress(done, iterations);
  }
  const out = new Float64Array(input.nodes * 2);
  graph.forEachNode((key, attrs) => {
    const i = Number(key);
    out[2 * i] = attrs.x as number;
    out[2 * i + 1] = attrs.y as number;
  });
  return out;
}
