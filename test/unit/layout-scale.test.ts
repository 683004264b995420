// The scale layout's pure parts: the core by degree, and every other node placed near its placed neighbours.
import { describe, expect, it } from "vitest";
import { byDegree, coreOf, degrees, placeByNeighbours } from "../../server/layout/placeByNeighbours";

/** A star of `leaves` around node 0, then a chain hanging off leaf 1, then `isolated` nodes with no edge. */
function sample(leaves: number, chain: number, isolated: number) {
  const pairs: number[] = [];
  for (let i = 1; i <= leaves; i++) pairs.push(0, i);
  let previous = 1;
  for (let c = 0; c < chain; c++) {
    const next = leaves + 1 + c;
    pairs.push(previous, next);
    previous = next;
  }
  return { nodes: leaves + 1 + chain + isolated, edges: Int32Array.from(pairs) };
}

describe("degrees and byDegree", () => {
  it("should ignore self-loops and order by degree, ties by index", () => {
    const deg = degrees(4, Int32Array.from([0, 0, 1, 2, 3, 2]));
    expect([...deg]).toEqual([0, 1, 2, 1]);
    expect([...byDegree(deg)]).toEqual([2, 1, 3, 0]);
  });
});

describe("coreOf", () => {
  it("should keep the most connected nodes and only the edges among them, renumbered", () => {
    const { nodes, edges } = sample(5, 2, 0);
    const positions = Float64Array.from({ length: nodes * 2 }, (_, i) => i);
    const core = coreOf(nodes, edges, positions, 2);
    expect([...core.members]).toEqual([0, 1]);
    expect([...core.edges]).toEqual([0, 1]);
    expect([...core.positions]).toEqual([0, 1, 2, 3]);
  });
});

describe("placeByNeighbours", () => {
  it("should leave every placed node where it is and return a new array", () => {
    const { nodes, edges } = sample(3, 0, 0);
    const positions = Float64Array.from([0, 0, 1, 1, 2, 2, 3, 3]);
    const out = placeByNeighbours({ nodes, edges, positions });
    expect([...out]).toEqual([...positions]);
    expect(out).not.toBe(positions);
  });

  it("should give every node finite coordinates, unreachable and isolated nodes included", () => {
    const { nodes, edges } = sample(50, 30, 7);
    const positions = new Float64Array(nodes * 2).fill(Number.NaN);
    positions[0] = 0;
    positions[1] = 0;
    const out = placeByNeighbours({ nodes, edges, positions });
    expect([...out].every(Number.isFinite)).toBe(true);
    const distinct = new Set(Array.from({ length: nodes }, (_, i) => `${out[2 * i]},${out[2 * i + 1]}`));
    expect(distinct.size).toBe(nodes);
  });

  it("should place a node near its placed neighbours rather than anywhere", () => {
    // Node 2 hangs between 0 at (100, 0) and 1 at (102, 0), far from the origin.
    const positions = Float64Array.from([100, 0, 102, 0, Number.NaN, Number.NaN]);
    const out = placeByNeighbours({ nodes: 3, edges: Int32Array.from([0, 2, 1, 2]), positions });
    expect(Math.hypot((out[4] as number) - 101, out[5] as number)).toBeLessThan(5);
  });

  it("should place a leaf closer to its hub than to the far side of the graph", () => {
    // Two placed hubs far apart; each has unplaced leaves.
    const pairs: number[] = [];
    for (let i = 2; i < 12; i++) pairs.push(0, i);
    for (let i = 12; i < 22; i++) pairs.push(1, i);
    const positions = new Float64Array(44).fill(Number.NaN);
    positions.set([-1000, 0, 1000, 0]);
    const out = placeByNeighbours({ nodes: 22, edges: Int32Array.from(pairs), positions });
    for (let i = 2; i < 12; i++) expect(out[2 * i] as number).toBeLessThan(0);
    for (let i = 12; i < 22; i++) expect(out[2 * i] as number).toBeGreaterThan(0);
  });

  it("should be deterministic: the same input and seed give the same positions", () => {
    const { nodes, edges } = sample(40, 20, 3);
    const positions = new Float64Array(nodes * 2).fill(Number.NaN);
    positions.set([0, 0]);
    const a = placeByNeighbours({ nodes, edges, positions, seed: 7 });
    const b = placeByNeighbours({ nodes, edges, positions, seed: 7 });
    expect([...a]).toEqual([...b]);
  });

  it("should place a graph with no placed node at all", () => {
    const { nodes, edges } = sample(10, 5, 2);
    const out = placeByNeighbours({ nodes, edges, positions: new Float64Array(nodes * 2).fill(Number.NaN) });
    expect([...out].every(Number.isFinite)).toBe(true);
  });
});
