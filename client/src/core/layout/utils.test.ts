import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { triangle } from "../testing/fixtures";
import {
  circularLayout,
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
