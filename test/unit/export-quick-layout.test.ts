// The quick layout of server exports: stored positions kept, missing ones computed, the same every time.
import type { WireGraph } from "@domain/contracts/wire";
import { describe, expect, it } from "vitest";
import { QUICK_LAYOUT_MAX_NODES, quickIterations, withPositions } from "../../server/layout/quickLayout";

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
});
