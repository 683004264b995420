// The quick layout of server exports: stored positions kept, missing ones computed, the same every time.
import type { WireGraph } from "@domain/contracts/wire";
import { describe, expect, it } from "vitest";
import {
  placeBesideNeighbours,
  QUICK_LAYOUT_MAX_NODES,
  quickIterations,
  withPositions,
} from "../../server/layout/quickLayout";

const graph = (positions: boolean): WireGraph => ({
  attributes: {},
  options: { type: "directed", multi: true, allowSelfLoops: true },
  nodes: ["a", "b", "c"].map((key, i) => ({
    key,
    attributes: {
      kind: "entity",
      type: "Organization",
      label: key,
      sourceIds: [],
      ...(positions ? { x: i, y: -i } : {}),
    },
  })),
  edges: [
    { key: "a|R|b", source: "a", target: "b", attributes: { type: "R", evidence: [], sourceIds: [] } },
    { key: "b|R|c", source: "b", target: "c", attributes: { type: "R", evidence: [], sourceIds: [] } },
  ],
});

describe("quick layout", () => {
  it("should leave a graph whose every node has a stored position as it is", () => {
    const g = graph(true);
    expect(withPositions(g)).toBe(g);
  });

  it("should give every node a distinct, finite position, the same on every run", () => {
    const once = withPositions(graph(false));
    const twice = withPositions(graph(false));
    const points = once.nodes.map((n) => [n.attributes.x, n.attributes.y]);
    expect(points.flat().every((v) => typeof v === "number" && Number.isFinite(v))).toBe(true);
    expect(new Set(points.map((p) => p.join())).size).toBe(3);
    expect(twice.nodes.map((n) => [n.attributes.x, n.attributes.y])).toEqual(points);
  });

  it("should run fewer iterations as graphs grow, and none above its cap", () => {
    expect(quickIterations(100)).toBe(30);
    expect(quickIterations(5_000)).toBe(12);
    expect(quickIterations(QUICK_LAYOUT_MAX_NODES + 1)).toBe(0);
  });

  it("should keep every stored position and put a node without one beside its placed neighbours", () => {
    const g = graph(true);
    const b = g.nodes[1];
    if (!b) throw new Error("no node b");
    const { x: _x, y: _y, ...rest } = b.attributes;
    b.attributes = rest as typeof b.attributes;
    const placed = withPositions(g);
    const a = placed.nodes[0]?.attributes as { x: number; y: number };
    expect([a.x, a.y + 0]).toEqual([0, 0]);
    expect(placed.nodes[2]?.attributes).toMatchObject({ x: 2, y: -2 });
    // b's neighbours are a (0, 0) and c (2, -2): b lands near their mean (1, -1), within one spacing.
    const { x, y } = (placed.nodes[1] as (typeof placed.nodes)[number]).attributes as { x: number; y: number };
    expect(Math.hypot(x - 1, y + 1)).toBeLessThanOrEqual(Math.hypot(2, 2) / Math.sqrt(2));
    expect(withPositions(g).nodes[1]?.attributes).toMatchObject({ x, y });
  });

  it("should reach nodes through other unplaced ones, spread nodes sharing a neighbour, and ring the unreachable", () => {
    // 0 placed at the origin, 9 placed at (100, 0); 1 and 2 hang off 0, 3 hangs off 1 only, 4 and 5 off nothing.
    const stored = [{ x: 0, y: 0 }, ...Array.from({ length: 8 }, () => ({ x: null, y: null })), { x: 100, y: 0 }];
    const edges = Int32Array.from([0, 1, 2, 0, 1, 3, 6, 7]);
    const out = placeBesideNeighbours(stored, edges);
    const at = (i: number) => [out[2 * i] as number, out[2 * i + 1] as number] as const;
    expect(at(0)).toEqual([0, 0]);
    expect(at(9)).toEqual([100, 0]);
    expect(at(1)).not.toEqual(at(2));
    for (const i of [1, 2]) expect(Math.hypot(...at(i))).toBeLessThan(100);
    expect(Math.hypot(at(3)[0] - at(1)[0], at(3)[1] - at(1)[1])).toBeLessThan(100);
    // 4..8 have no path to a placed node: outside the placed nodes' extent, each somewhere else.
    const ring = [4, 5, 6, 7, 8].map(at);
    for (const [x, y] of ring) expect(Math.hypot(x - 50, y)).toBeGreaterThan(50);
    expect(new Set(ring.map((p) => p.join())).size).toBe(5);
    expect(out.every(Number.isFinite)).toBe(true);
  });
});
