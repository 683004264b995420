import { describe, expect, it } from "vitest";
import { graphFromWire } from "../dataset/utils";
import { applyFilters, getEmptyFiltersState } from "../filters/utils";
import { smallWire } from "../testing/fixtures";
import { citedSourceIds, subgraph, withLooks } from "./input";
import { selectionKeys, wireOf } from "./scope";

describe("export scope and input", () => {
  it("should export no selection when nothing visible is selected", () => {
    const graph = graphFromWire(smallWire());
    const visible = applyFilters(graph, getEmptyFiltersState());
    expect(selectionKeys(graph, visible, null)).toBeNull();
    expect(selectionKeys(graph, visible, { kind: "node", id: "nobody" })).toBeNull();
    const hidden = applyFilters(graph, { ...getEmptyFiltersState(), hiddenNodeTypes: ["Person"] });
    expect(selectionKeys(graph, hidden, { kind: "node", id: "person:zhao" })).toBeNull();
  });

  it("should export a selected node with its visible neighbors, and an edge with its two ends", () => {
    const graph = graphFromWire(smallWire());
    const visible = applyFilters(graph, getEmptyFiltersState());
    const ego = selectionKeys(graph, visible, { kind: "node", id: "org:bofa" });
    expect([...(ego?.nodes ?? [])].sort()).toEqual(graph.neighbors("org:bofa").concat("org:bofa").sort());
    for (const key of ego?.edges ?? []) expect(ego?.nodes.has(graph.source(key))).toBe(true);
    const edge = selectionKeys(graph, visible, { kind: "edge", id: "person:zhao|WORKS_FOR|org:bofa" });
    expect([...(edge?.nodes ?? [])].sort()).toEqual(["org:bofa", "person:zhao"]);
    const wire = wireOf(graph, edge ?? { nodes: new Set(), edges: new Set() });
    expect(wire.edges.map((e) => e.key)).toEqual(["person:zhao|WORKS_FOR|org:bofa"]);
  });

  it("should keep only edges between kept nodes and add looks to drawn elements only", () => {
    const wire = smallWire();
    const part = subgraph(wire, new Set(["person:zhao", "org:bofa"]), null);
    expect(part.edges.map((e) => e.key)).toEqual(["person:zhao|WORKS_FOR|org:bofa"]);
    const looked = withLooks(part, {
      node: (k) => (k === "org:bofa" ? { x: 1, y: 2, color: "#000000", size: 3 } : undefined),
      edge: () => undefined,
    });
    expect(looked.nodes.find((n) => n.key === "org:bofa")?.attributes).toMatchObject({ x: 1, color: "#000000" });
    expect(looked.nodes.find((n) => n.key === "person:zhao")?.attributes.color).toBeUndefined();
    expect(citedSourceIds(wire)).toEqual(["doc-a", "doc-b"]);
  });
});
