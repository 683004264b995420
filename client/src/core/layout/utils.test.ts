import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { triangle } from "../testing/fixtures";
import {
  circularLayout,
  circularOrder,
  DEFAULT_FA2,
  fa2Changed,
  fa2SettingsFor,
  getEmptyLayoutState,
  markSaved,
  parseSavedLayout,
  serializeLayout,
  setRunning,
} from "./utils";

describe("layout", () => {
  it("should ignore a saved layout that is missing, malformed or of another version", () => {
    expect(parseSavedLayout(null)).toBeNull();
    expect(parseSavedLayout("{not json")).toBeNull();
    expect(parseSavedLayout(JSON.stringify({ version: 2, savedAt: "x", positions: {} }))).toBeNull();
    expect(
      parseSavedLayout(JSON.stringify({ version: 1, savedAt: "x", positions: { a: { x: "1", y: 2 } } })),
    ).toBeNull();
    expect(
      parseSavedLayout(JSON.stringify({ version: 1, savedAt: "x", positions: { a: { x: null, y: 2 } } })),
    ).toBeNull();
  });

  it("should read back what it saved", () => {
    const raw = serializeLayout({ a: { x: 1.5, y: -2 } }, new Date("2026-01-02T03:04:05Z"));
    expect(parseSavedLayout(raw)).toEqual({
      version: 1,
      savedAt: "2026-01-02T03:04:05.000Z",
      positions: { a: { x: 1.5, y: -2 } },
    });
  });

  it("should track whether FA2 runs and when the layout was saved", () => {
    const state = markSaved("2026-01-01T00:00:00.000Z")(setRunning(true)(getEmptyLayoutState()));
    expect(state).toEqual({ running: true, fa2: DEFAULT_FA2, savedAt: "2026-01-01T00:00:00.000Z" });
  });

  it("should give every node a finite position in the circular layout", () => {
    expect(Object.values(circularLayout(triangle())).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(
      true,
    );
  });
});

/** Most of `angles` (radians) that one open half of the circle holds. */
function crowdedHalf(angles: number[]): number {
  const tau = Math.PI * 2;
  let most = 0;
  for (const start of angles) {
    const within = angles.filter((a) => (((a - start) % tau) + tau) % tau < Math.PI - 1e-9).length;
    most = Math.max(most, within);
  }
  return most;
}

describe("circular layout order", () => {
  it("should return an empty order for no nodes and the one key for one", () => {
    expect(circularOrder([])).toEqual([]);
    expect(circularOrder([{ key: "a", size: 3 }])).toEqual(["a"]);
  });

  it("should place every node once, the two biggest facing each other", () => {
    const nodes = Array.from({ length: 12 }, (_, i) => ({ key: `n${i}`, size: i }));
    const order = circularOrder(nodes);
    expect([...order].sort()).toEqual(nodes.map((n) => n.key).sort());
    expect(Math.abs(order.indexOf("n11") - order.indexOf("n10"))).toBe(6);
  });

  it("should spread any top-k by size so no half of the circle holds more than ⌈k/2⌉+1 of them", () => {
    for (let n = 2; n <= 120; n++) {
      // Sizes in a shuffled order, so the input order cannot help.
      const nodes = Array.from({ length: n }, (_, i) => ({ key: `k${i}`, size: (i * 53) % n }));
      const order = circularOrder(nodes);
      const ranked = [...nodes].sort((a, b) => b.size - a.size || (a.key < b.key ? -1 : 1));
      for (let k = 2; k <= n; k++) {
        const angles = ranked.slice(0, k).map((node) => (order.indexOf(node.key) * Math.PI * 2) / n);
        expect(crowdedHalf(angles), `n=${n} k=${k}`).toBeLessThanOrEqual(Math.ceil(k / 2) + 1);
      }
    }
  });

  it("should put the biggest nodes of a graph on opposite sides in the circular layout's positions", () => {
    const graph = new MultiDirectedGraph();
    for (let i = 0; i < 40; i++) graph.addNode(`n${i}`, { x: 0, y: 0, size: i < 6 ? 20 - i : 2 });
    const positions = circularLayout(graph);
    const angles = ["n0", "n1", "n2", "n3", "n4", "n5"].map((key) => {
      const p = positions[key] as { x: number; y: number };
      return Math.atan2(p.y, p.x);
    });
    expect(crowdedHalf(angles)).toBeLessThanOrEqual(4);
  });
});

describe("ForceAtlas2 settings", () => {
  it("should ignore values that are not finite numbers and clamp the rest to their bounds", () => {
    const state = getEmptyLayoutState();
    expect(fa2Changed({ gravity: Number.NaN, scalingRatio: Number.POSITIVE_INFINITY })(state).fa2).toEqual(state.fa2);
    const changed = fa2Changed({ gravity: -3, scalingRatio: 5000, iterations: 12.6 })(state).fa2;
    expect(changed).toMatchObject({ gravity: 0, scalingRatio: 1000, iterations: 13 });
  });

  it("should pass the researcher's settings over the inferred ones, Barnes–Hut by size unless set", () => {
    const graph = new MultiDirectedGraph();
    graph.addNode("a", { x: 0, y: 0 });
    const fa2 = fa2Changed({ gravity: 3, scalingRatio: 20 })(getEmptyLayoutState()).fa2;
    expect(fa2SettingsFor(graph, fa2)).toMatchObject({ gravity: 3, scalingRatio: 20, barnesHutOptimize: false });
    expect(fa2SettingsFor(graph, { ...fa2, barnesHutOptimize: true }).barnesHutOptimize).toBe(true);
  });
});
