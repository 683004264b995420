import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { VisualGraph } from "../appearance/utils";
import type { SigmaGraph } from "./index";
import { dropsAny, syncSigmaGraph } from "./sync";

const node = { size: 5, color: "#000", label: "", rtl: false, kind: "entity", nodeType: "Person" };
const edge = { size: 1, color: "#000", label: "", type: "arrow" as const, curvature: 0, relation: "R" };

function visual(nodes: string[], edges: [string, string, string][]): VisualGraph {
  return {
    nodes: new Map(nodes.map((k) => [k, { ...node, supportMarked: false, forceLabel: false }])),
    edges: new Map(
      edges.map(([k, source, target]) => [k, { source, target, attributes: { ...edge, supportMarked: false } }]),
    ),
  };
}

describe("dropsAny", () => {
  it("should say whether the sync removes a node or an edge, not when it only adds or restyles", () => {
    const target: SigmaGraph = new MultiDirectedGraph({ allowSelfLoops: true });
    const full = visual(["a", "b", "c"], [["a|R|b", "a", "b"]]);
    expect(dropsAny(target, full)).toBe(false);
    syncSigmaGraph(
      target,
      full,
      () => ({ x: 0, y: 0 }),
      () => {},
    );
    expect(dropsAny(target, full)).toBe(false);
    expect(dropsAny(target, visual(["a", "b", "c", "d"], [["a|R|b", "a", "b"]]))).toBe(false);
    expect(dropsAny(target, visual(["a", "b"], [["a|R|b", "a", "b"]]))).toBe(true);
    expect(dropsAny(target, visual(["a", "b", "c"], []))).toBe(true);
    // As many elements as before, but one of them another.
    expect(dropsAny(target, visual(["a", "b", "d"], [["a|R|b", "a", "b"]]))).toBe(true);
  });
});

describe("syncSigmaGraph", () => {
  it("should merge into a node or edge only the attributes that changed, so an attached sigma restyles only those", () => {
    const target: SigmaGraph = new MultiDirectedGraph({ allowSelfLoops: true });
    const first = visual(["a", "b", "c"], [["a|R|b", "a", "b"]]);
    syncSigmaGraph(
      target,
      first,
      () => ({ x: 0, y: 0 }),
      () => {},
    );
    const updated: string[] = [];
    target.on("nodeAttributesUpdated", ({ key }) => updated.push(key));
    target.on("edgeAttributesUpdated", ({ key }) => updated.push(key));
    // The same attributes in new objects: nothing is merged.
    const same = visual(["a", "b", "c"], [["a|R|b", "a", "b"]]);
    expect(
      syncSigmaGraph(
        target,
        same,
        () => undefined,
        () => {},
      ),
    ).toEqual({
      addedNodes: [],
      unplaced: [],
      removedNodes: [],
      edgesChanged: false,
    });
    expect(updated).toEqual([]);
    // One node grows, one edge changes colour, a node and an edge arrive: only the two changed are merged.
    const next = visual(
      ["a", "b", "c", "d"],
      [
        ["a|R|b", "a", "b"],
        ["c|R|d", "c", "d"],
      ],
    );
    next.nodes.set("b", { ...node, size: 9, supportMarked: false, forceLabel: false });
    const ab = next.edges.get("a|R|b");
    if (ab) ab.attributes = { ...ab.attributes, color: "#f00" };
    syncSigmaGraph(
      target,
      next,
      () => ({ x: 1, y: 1 }),
      () => {},
    );
    expect(updated).toEqual(["b", "a|R|b"]);
    expect(target.getNodeAttribute("b", "size")).toBe(9);
    expect(target.getEdgeAttribute("a|R|b", "color")).toBe("#f00");
    expect(target.order).toBe(4);
    expect(target.size).toBe(2);
  });
});
