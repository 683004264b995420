import { describe, expect, it } from "vitest";
import {
  BARNES_HUT_ABOVE,
  buildLayoutGraph,
  defaultIterations,
  initialPositions,
  layoutSettings,
  runForceLayout,
} from "../../server/layout/forceLayout";

describe("initialPositions", () => {
  it("should ignore stored positions that are not finite numbers", () => {
    const out = initialPositions([
      { x: Number.NaN, y: 1 },
      { x: null, y: null },
    ]);
    expect([...out].every(Number.isFinite)).toBe(true);
    expect(out[0]).not.toBeNaN();
  });

  it("should keep a stored position and spread the others apart", () => {
    const out = initialPositions([{ x: 3, y: 4 }, ...Array.from({ length: 50 }, () => ({ x: null, y: null }))]);
    expect([out[0], out[1]]).toEqual([3, 4]);
    const points = new Set(Array.from({ length: 50 }, (_, i) => `${out[2 * (i + 1)]},${out[2 * (i + 1) + 1]}`));
    expect(points.size).toBe(50);
  });
});

describe("layout settings", () => {
  it("should switch Barnes–Hut on above 2k nodes only", () => {
    const graph = (n: number) =>
      buildLayoutGraph({ nodes: n, edges: new Int32Array(), positions: new Float64Array(2 * n) });
    expect(layoutSettings(graph(BARNES_HUT_ABOVE)).barnesHutOptimize).toBe(false);
    expect(layoutSettings(graph(BARNES_HUT_ABOVE + 1)).barnesHutOptimize).toBe(true);
  });

  it("should run fewer iterations as the graph grows, never under 40", () => {
    expect(defaultIterations(1000)).toBe(500);
    expect(defaultIterations(10_000)).toBeLessThan(500);
    expect(defaultIterations(1_000_000)).toBe(40);
  });
});

describe("runForceLayout", () => {
  it("should report progress in chunks and pull connected nodes closer than unconnected ones", () => {
    const n = 30;
    const pairs: number[] = [];
    for (let i = 1; i < 15; i++) pairs.push(0, i);
    for (let i = 16; i < n; i++) pairs.push(15, i);
    const input = {
      nodes: n,
      edges: Int32Array.from(pairs),
      positions: initialPositions(Array.from({ length: n }, () => ({ x: null, y: null }))),
    };
    const progress: number[] = [];
    const out = runForceLayout(input, 100, (done) => progress.push(done), 25);
    expect(progress).toEqual([25, 50, 75, 100]);
    const d = (a: number, b: number) =>
      Math.hypot((out[2 * a] ?? 0) - (out[2 * b] ?? 0), (out[2 * a + 1] ?? 0) - (out[2 * b + 1] ?? 0));
    expect(d(0, 1)).toBeLessThan(d(1, 16));
  });
});
