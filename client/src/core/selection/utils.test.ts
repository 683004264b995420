import { describe, expect, it } from "vitest";
import { LABEL_RANK } from "../appearance/labelPlacement";
import {
  DIMMED_EDGE_COLOR,
  DIMMED_NODE_COLOR,
  HIGHLIGHT_COLOR,
  OTHER_PATH_COLOR,
  PATH_COLOR,
} from "../appearance/palette";
import type { VisualEdge, VisualNode } from "../appearance/types";
import {
  edgeDisplay,
  getEmptySelectionState,
  type HighlightContext,
  hoverNode,
  needsReducers,
  nodeDisplay,
  pruneSelection,
  restyleScope,
  sameHighlight,
  select,
} from "./utils";

const node: VisualNode = {
  size: 8,
  color: "#2563eb",
  label: "Alibaba",
  rtl: false,
  kind: "entity",
  nodeType: "Organization",
  supportMarked: false,
  forceLabel: false,
};
const edge: VisualEdge = {
  size: 1,
  color: "#b8bec8",
  label: "based in",
  type: "arrow",
  curvature: 0,
  relation: "BASED_IN",
  supportMarked: true,
};
const none: HighlightContext = {
  otherPathEdges: null,
  focus: null,
  hoveredNode: null,
  focusNeighbors: new Set(),
  selectedNode: null,
  selectedEdge: null,
  selectedEdgeEnds: new Set(),
  hoveredEdge: null,
  pathNodes: null,
  pathEdges: null,
  singleSourceOnly: false,
};

describe("selection updates", () => {
  it("should drop a selection and hover that no longer exist", () => {
    const state = hoverNode("a")(select({ kind: "node", id: "gone" })(getEmptySelectionState()));
    const pruned = pruneSelection({ node: (id) => id === "a", edge: () => false })(state);
    expect(pruned).toEqual({ selected: null, hoveredNode: "a", hoveredEdge: null });
  });

  it("should return the same state when everything still exists", () => {
    const state = select({ kind: "edge", id: "e" })(getEmptySelectionState());
    expect(pruneSelection({ node: () => true, edge: () => true })(state)).toBe(state);
  });
});

describe("reducers", () => {
  it("should leave nodes and edges as they are when nothing is emphasised", () => {
    expect(nodeDisplay("a", node, none)).toMatchObject({ color: node.color, label: "Alibaba" });
    expect(edgeDisplay("e", edge, { source: "a", target: "b" }, none)).toMatchObject({
      color: edge.color,
      label: null,
    });
  });

  it("should dim what is not next to the hovered node and hide its unrelated edges", () => {
    const ctx = { ...none, focus: "a", focusNeighbors: new Set(["b"]) };
    expect(nodeDisplay("a", node, ctx)).toMatchObject({ highlighted: true, forceLabel: true });
    expect(nodeDisplay("b", node, ctx)).toMatchObject({ color: node.color, forceLabel: true });
    expect(nodeDisplay("c", node, ctx)).toMatchObject({ color: DIMMED_NODE_COLOR, label: "" });
    expect(edgeDisplay("e", edge, { source: "a", target: "b" }, ctx).color).toBe(HIGHLIGHT_COLOR);
    expect(edgeDisplay("f", edge, { source: "b", target: "c" }, ctx).hidden).toBe(true);
  });

  it("should write into the copy sigma hands the reducer exactly what it would return in a copy of its own", () => {
    const contexts: HighlightContext[] = [
      none,
      { ...none, focus: "a", hoveredNode: "a", focusNeighbors: new Set(["b"]) },
      { ...none, selectedNode: "c", focus: "c", focusNeighbors: new Set(["a"]) },
      { ...none, selectedEdge: "e", selectedEdgeEnds: new Set(["a", "b"]) },
      { ...none, hoveredEdge: "e", singleSourceOnly: true },
      { ...none, pathNodes: new Set(["a", "b"]), pathEdges: new Set(["e"]), otherPathEdges: new Set(["f"]) },
      { ...none, focus: "b", focusNeighbors: new Set(["a"]), pathNodes: new Set(["a"]), pathEdges: new Set(["e"]) },
    ];
    for (const ctx of contexts) {
      for (const key of ["a", "b", "c"]) {
        const copy = { ...node, kind: key === "c" ? "claim" : "entity" };
        const expected = nodeDisplay(key, { ...copy }, ctx);
        const into = { ...copy };
        const written = nodeDisplay(key, into, ctx, into);
        expect(written).toBe(into);
        expect(written).toEqual(expected);
      }
      for (const [key, ends] of [
        ["e", { source: "a", target: "b" }],
        ["f", { source: "b", target: "c" }],
        ["g", { source: "c", target: "d" }],
      ] as const) {
        const expected = edgeDisplay(key, { ...edge }, ends, ctx);
        const into = { ...edge };
        const written = edgeDisplay(key, into, ends, ctx, into);
        expect(written).toBe(into);
        // The label and size are read before the copy is written: an emphasised edge keeps its label, widened.
        expect(written).toEqual(expected);
      }
    }
  });

  it("should show an edge's label only while it is hovered or selected", () => {
    expect(edgeDisplay("e", edge, { source: "a", target: "b" }, { ...none, hoveredEdge: "e" }).label).toBe("based in");
    expect(edgeDisplay("e", edge, { source: "a", target: "b" }, { ...none, selectedEdge: "e" }).label).toBe("based in");
    expect(edgeDisplay("f", edge, { source: "a", target: "b" }, { ...none, hoveredEdge: "e" }).label).toBeNull();
  });

  it("should draw a traced path in red and dim the rest", () => {
    const ctx = { ...none, pathNodes: new Set(["a", "b"]), pathEdges: new Set(["e"]) };
    expect(nodeDisplay("a", node, ctx).forceLabel).toBe(true);
    expect(nodeDisplay("c", node, ctx).color).toBe(DIMMED_NODE_COLOR);
    expect(edgeDisplay("e", edge, { source: "a", target: "b" }, ctx)).toMatchObject({
      color: PATH_COLOR,
      label: "based in",
    });
    expect(edgeDisplay("f", edge, { source: "b", target: "c" }, ctx).color).toBe(DIMMED_EDGE_COLOR);
  });

  it("should draw the other listed paths too, lighter than the one read out, even beside a focused node", () => {
    const ctx = {
      ...none,
      pathNodes: new Set(["a", "b", "c"]),
      pathEdges: new Set(["e"]),
      otherPathEdges: new Set(["f"]),
    };
    expect(edgeDisplay("f", edge, { source: "b", target: "c" }, ctx).color).toBe(OTHER_PATH_COLOR);
    expect(edgeDisplay("e", edge, { source: "a", target: "b" }, ctx).color).toBe(PATH_COLOR);
    expect(nodeDisplay("c", node, ctx).color).not.toBe(DIMMED_NODE_COLOR);
    const focused = { ...ctx, focus: "z", focusNeighbors: new Set<string>() };
    expect(edgeDisplay("f", edge, { source: "b", target: "c" }, focused).hidden).toBeUndefined();
  });

  it("should dim edges and claims resting on several sources when single-source emphasis is on", () => {
    const ctx = { ...none, singleSourceOnly: true };
    expect(edgeDisplay("e", { ...edge, supportMarked: false }, { source: "a", target: "b" }, ctx).color).toBe(
      DIMMED_EDGE_COLOR,
    );
    expect(nodeDisplay("c", { ...node, kind: "claim", supportMarked: false }, ctx).color).toBe(DIMMED_NODE_COLOR);
    expect(nodeDisplay("c", { ...node, kind: "claim", supportMarked: true }, ctx).color).toBe(node.color);
  });
});

describe("label ranks", () => {
  it("should rank the selected label over the hovered one, emphasised ones, entities, then claims", () => {
    const ctx = { ...none, focus: "h", hoveredNode: "h", selectedNode: "s", focusNeighbors: new Set(["n"]) };
    expect(nodeDisplay("s", node, ctx).labelRank).toBe(LABEL_RANK.selected);
    expect(nodeDisplay("h", node, ctx).labelRank).toBe(LABEL_RANK.hovered);
    expect(nodeDisplay("n", { ...node, kind: "claim" }, ctx).labelRank).toBe(LABEL_RANK.emphasised);
    expect(nodeDisplay("x", node, none).labelRank).toBe(LABEL_RANK.entity);
    expect(nodeDisplay("y", { ...node, kind: "claim" }, none).labelRank).toBe(LABEL_RANK.claim);
  });
});

describe("needsReducers", () => {
  it("should keep the reducers on a small graph, where they hide edge labels", () => {
    expect(needsReducers(false, none)).toBe(true);
  });

  it("should drop them on a large graph only while nothing is emphasised", () => {
    expect(needsReducers(true, none)).toBe(false);
    expect(needsReducers(true, { ...none, selectedNode: "a" })).toBe(true);
    expect(needsReducers(true, { ...none, hoveredEdge: "e" })).toBe(true);
    expect(needsReducers(true, { ...none, singleSourceOnly: true })).toBe(true);
  });
});

describe("restyleScope", () => {
  const keys = ["a", "b", "c", "d", "e"];
  const edges = [
    ["ab", "a", "b"],
    ["bc", "b", "c"],
    ["cd", "c", "d"],
    ["de", "d", "e"],
  ] as const;
  /** A small deterministic generator (mulberry32), so a failure names its seed. */
  function random(seed: number) {
    let t = seed;
    return () => {
      t += 0x6d2b79f5;
      let r = Math.imul(t ^ (t >>> 15), 1 | t);
      r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
      return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
    };
  }
  function context(next: () => number): HighlightContext {
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
    const some = <T>(xs: readonly T[]) => new Set(xs.filter(() => next() < 0.4));
    const hoveredNode = pick([null, null, ...keys]);
    const selectedNode = pick([null, ...keys]);
    const selectedEdge = selectedNode === null ? pick([null, ...edges.map((e) => e[0])]) : null;
    const traced = next() < 0.3;
    return {
      focus: hoveredNode ?? selectedNode,
      hoveredNode,
      focusNeighbors: some(keys),
      selectedNode,
      selectedEdge,
      selectedEdgeEnds: selectedEdge ? new Set(keys.slice(0, 2)) : new Set(),
      hoveredEdge: pick([null, null, "ab", "cd"]),
      pathNodes: traced ? some(keys) : null,
      pathEdges: traced ? some(edges.map((e) => e[0])) : null,
      otherPathEdges: traced && next() < 0.5 ? some(edges.map((e) => e[0])) : null,
      singleSourceOnly: next() < 0.2,
    };
  }
  /** The next context: often the same, or one field changed, so the narrow scopes are reached. */
  function nextOf(prev: HighlightContext, next: () => number): HighlightContext {
    const other = context(next);
    const field = Math.floor(next() * 4);
    if (field === 0) return { ...prev };
    if (field === 1) {
      const hoveredNode = other.hoveredNode;
      return { ...prev, hoveredNode, focus: hoveredNode ?? prev.selectedNode };
    }
    if (field === 2) return { ...prev, focusNeighbors: other.focusNeighbors };
    return other;
  }

  it("should leave out only nodes and edges whose display data is the same under both contexts (generated pairs)", () => {
    let narrow = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const next = random(seed);
      const prev = context(next);
      const after = nextOf(prev, next);
      const scope = restyleScope(prev, after);
      if (scope === "all") continue;
      narrow += 1;
      for (const key of keys) {
        if (scope.includes(key)) continue;
        for (const kind of ["entity", "claim"]) {
          const data = { ...node, kind };
          expect(nodeDisplay(key, data, after), `seed ${seed}, node ${key}`).toEqual(nodeDisplay(key, data, prev));
        }
      }
      for (const [key, source, target] of edges)
        for (const supportMarked of [true, false]) {
          const data = { ...edge, supportMarked };
          expect(edgeDisplay(key, data, { source, target }, after), `seed ${seed}, edge ${key}`).toEqual(
            edgeDisplay(key, data, { source, target }, prev),
          );
        }
      expect(sameHighlight(prev, after)).toBe(scope.length === 0);
    }
    // The generator reaches the narrow scopes often, not by luck.
    expect(narrow).toBeGreaterThan(1000);
  });

  it("should name the nodes that left or joined the focus's neighbours and the hovered nodes, nothing else", () => {
    const prev = { ...none, focus: "a", selectedNode: "a", focusNeighbors: new Set(["b", "c"]) };
    expect(restyleScope(prev, { ...prev })).toEqual([]);
    const joinedAndLeft = restyleScope(prev, { ...prev, focusNeighbors: new Set(["c", "d", "e"]) });
    expect(joinedAndLeft === "all" ? joinedAndLeft : [...joinedAndLeft].sort()).toEqual(["b", "d", "e"]);
    expect(restyleScope(prev, { ...prev, hoveredNode: "a" })).toEqual(["a"]);
    expect(restyleScope(prev, { ...prev, focus: "b", hoveredNode: "b" })).toBe("all");
    expect(restyleScope(prev, { ...prev, pathEdges: new Set(["ab"]) })).toBe("all");
  });
});
