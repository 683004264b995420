// Positions at scale, pure: the most connected nodes (the core), then every other node near its placed neighbours.
import { seededRandom } from "./seededRandom";

export interface PlacementInput {
  /** Node count; nodes are 0..n-1. */
  nodes: number;
  /** Edge ends as pairs of node indexes: [s0, t0, s1, t1, ...]. */
  edges: Int32Array;
  /** [x0, y0, x1, y1, ...]; NaN for a node still to place. Placed nodes keep their position. */
  positions: Float64Array;
  /** Seed of the jitter: the same input and seed always give the same positions. */
  seed?: number;
}

/** Degree of every node (both directions, parallel edges counted, self-loops ignored). */
export function degrees(nodes: number, edges: Int32Array): Int32Array {
  const deg = new Int32Array(nodes);
  for (let e = 0; e + 1 < edges.length; e += 2) {
    const s = edges[e] as number;
    const t = edges[e + 1] as number;
    if (s === t) continue;
    deg[s] = (deg[s] as number) + 1;
    deg[t] = (deg[t] as number) + 1;
  }
  return deg;
}

/** Node indexes by degree, highest first, ties by index (deterministic). */
export function byDegree(deg: Int32Array): Int32Array {
  const order = Int32Array.from({ length: deg.length }, (_, i) => i);
  return order.sort((a, b) => (deg[b] as number) - (deg[a] as number) || a - b);
}

/** Compressed adjacency (CSR): neighbours of i are list[offsets[i] .. offsets[i+1]). O(N + E) memory. */
function adjacency(nodes: number, edges: Int32Array, deg: Int32Array): { offsets: Int32Array; list: Int32Array } {
  const offsets = new Int32Array(nodes + 1);
  for (let i = 0; i < nodes; i++) offsets[i + 1] = (offsets[i] as number) + (deg[i] as number);
  const fill = offsets.slice(0, nodes);
  const list = new Int32Array(offsets[nodes] as number);
  for (let e = 0; e + 1 < edges.length; e += 2) {
    const s = edges[e] as number;
    const t = edges[e + 1] as number;
    if (s === t) continue;
    list[fill[s] as number] = t;
    fill[s] = (fill[s] as number) + 1;
    list[fill[t] as number] = s;
    fill[t] = (fill[t] as number) + 1;
  }
  return { offsets, list };
}

/**
 * Places every unplaced node (NaN in `positions`) and returns a new array; placed nodes are not moved. Breadth-first
 * outward from the placed nodes (visited in degree order, highest first): a node is put at the mean of its neighbours
 * placed so far, plus a deterministic jitter of about a typical edge length, so nodes with the same neighbours do not
 * stack. Nodes no placed node reaches start new rounds on a ring outside the placed area, most connected first.
 * O(N + E) time and memory, typed arrays only. Units: the same as the input positions.
 */
export function placeByNeighbours(input: PlacementInput): Float64Array {
  const { nodes, edges } = input;
  const pos = Float64Array.from(input.positions);
  const random = seededRandom(input.seed ?? 1);
  const deg = degrees(nodes, edges);
  const { offsets, list } = adjacency(nodes, edges, deg);
  const placed = new Uint8Array(nodes);
  let count = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < nodes; i++) {
    if (Number.isFinite(pos[2 * i]) && Number.isFinite(pos[2 * i + 1])) {
      placed[i] = 1;
      count += 1;
      cx += pos[2 * i] as number;
      cy += pos[2 * i + 1] as number;
    }
  }
  if (count === nodes) return pos;
  cx = count > 0 ? cx / count : 0;
  cy = count > 0 ? cy / count : 0;
  let radius = 0;
  for (let i = 0; i < nodes; i++) {
    if (placed[i]) radius = Math.max(radius, Math.hypot((pos[2 * i] as number) - cx, (pos[2 * i + 1] as number) - cy));
  }
  if (radius === 0) radius = Math.sqrt(nodes) * 10;
  // A typical edge length: the placed area shared among the placed nodes (never 0).
  const step = Math.max(1, radius / Math.sqrt(Math.max(1, count)));

  const order = byDegree(deg);
  const queue = new Int32Array(nodes);
  let head = 0;
  let tail = 0;
  for (const i of order) if (placed[i]) queue[tail++] = i;
  let ring = 0;
  let next = 0;
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (;;) {
    while (head < tail) {
      const u = queue[head++] as number;
      for (let k = offsets[u] as number; k < (offsets[u + 1] as number); k++) {
        const v = list[k] as number;
        if (placed[v]) continue;
        let sx = 0;
        let sy = 0;
        let m = 0;
        for (let j = offsets[v] as number; j < (offsets[v + 1] as number); j++) {
          const w = list[j] as number;
          if (!placed[w]) continue;
          sx += pos[2 * w] as number;
          sy += pos[2 * w + 1] as number;
          m += 1;
        }
        const angle = random() * 2 * Math.PI;
        const r = step * (0.5 + random());
        pos[2 * v] = sx / m + r * Math.cos(angle);
        pos[2 * v + 1] = sy / m + r * Math.sin(angle);
        placed[v] = 1;
        queue[tail++] = v;
      }
    }
    // A node nothing placed reaches: the most connected one left starts a new round on the outer ring.
    while (next < nodes && placed[order[next] as number]) next++;
    if (next >= nodes) break;
    const seed = order[next] as number;
    const r = radius * (1.15 + 0.35 * Math.sqrt((ring + 0.5) / Math.max(1, nodes - count)));
    pos[2 * seed] = cx + r * Math.cos(ring * golden);
    pos[2 * seed + 1] = cy + r * Math.sin(ring * golden);
    ring += 1;
    placed[seed] = 1;
    queue[tail++] = seed;
  }
  return pos;
}

/**
 * The `size` most connected nodes (by degree, ties by index) and the edges among them, renumbered 0..size-1, with
 * their starting positions taken from `positions`. `members[k]` is the whole graph's index of core node k.
 */
export function coreOf(
  nodes: number,
  edges: Int32Array,
  positions: Float64Array,
  size: number,
): { members: Int32Array; edges: Int32Array; positions: Float64Array } {
  const order = byDegree(degrees(nodes, edges));
  const members = order.slice(0, Math.min(size, nodes));
  const local = new Int32Array(nodes).fill(-1);
  members.forEach((g, k) => {
    local[g] = k;
  });
  const kept: number[] = [];
  for (let e = 0; e + 1 < edges.length; e += 2) {
    const s = local[edges[e] as number] as number;
    const t = local[edges[e + 1] as number] as number;
    if (s >= 0 && t >= 0) kept.push(s, t);
  }
  const start = new Float64Array(members.length * 2);
  members.forEach((g, k) => {
    start[2 * k] = positions[2 * g] as number;
    start[2 * k + 1] = positions[2 * g + 1] as number;
  });
  return { members, edges: Int32Array.from(kept), positions: start };
}
