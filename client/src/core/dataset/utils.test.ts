import { describe, expect, it } from "vitest";
import { alibabaNeighbors, chinaNeighbors, smallWire } from "../testing/fixtures";
import {
  expansionCollapsed,
  expansionMerged,
  getEmptyGraphDataState,
  graphFailed,
  graphFromWire,
  graphLoaded,
  graphMerged,
  nodeName,
  nodesToCollapse,
  wireCount,
} from "./utils";

const loaded = () =>
  graphLoaded({ graph: smallWire(), truncated: false, totals: { nodes: 7, edges: 8 } })(getEmptyGraphDataState());

describe("graph data updates", () => {
  it("should skip edges whose ends are missing instead of throwing", () => {
    const wire = smallWire();
    wire.edges.push({
      key: "x",
      source: "nobody",
      target: "org:bofa",
      attributes: { type: "KNOWS", evidence: [{ sourceId: "d", quote: "q", start: 0, end: 1 }], sourceIds: ["d"] },
    });
    const graph = graphFromWire(wire);
    expect(graph.hasEdge("x")).toBe(false);
    expect(graph.order).toBe(7);
  });

  it("should read integer counts sent as strings", () => {
    expect(wireCount("9007199254740993")).toBeGreaterThan(9e15);
    expect(wireCount(12)).toBe(12);
  });

  it("should load a wire graph and record the error of a failed load", () => {
    const state = loaded();
    expect(state.status).toBe("ready");
    expect(state.graph.order).toBe(7);
    expect(state.graph.size).toBe(8);
    const failed = graphFailed("down")(state);
    expect(failed.status).toBe("error");
    expect(failed.graph).toBe(state.graph);
  });

  it("should merge an expansion without touching the previous graph", () => {
    const before = loaded();
    const after = expansionMerged({
      nodeId: "country:china",
      graph: chinaNeighbors(),
      count: 3,
      total: 5,
      hasMore: true,
    })(before);
    expect(before.graph.hasNode("org:alibaba")).toBe(false);
    expect(after.graph.hasNode("org:alibaba")).toBe(true);
    expect(after.expansions["country:china"]).toEqual({
      nodeId: "country:china",
      addedNodes: ["org:alibaba", "org:tencent"],
      loaded: 3,
      total: 5,
      hasMore: true,
    });
  });

  it("should extend the same expansion on show more", () => {
    const first = expansionMerged({
      nodeId: "country:china",
      graph: chinaNeighbors(),
      count: 3,
      total: 5,
      hasMore: true,
    })(loaded());
    const more = expansionMerged({
      nodeId: "country:china",
      graph: chinaNeighbors(),
      count: 2,
      total: 5,
      hasMore: false,
    })(first);
    expect(more.expansions["country:china"]?.loaded).toBe(5);
    expect(more.expansions["country:china"]?.hasMore).toBe(false);
    expect(more.expansions["country:china"]?.addedNodes).toEqual(["org:alibaba", "org:tencent"]);
  });

  it("should collapse an expansion and, recursively, the expansions made from its nodes", () => {
    let state = expansionMerged({
      nodeId: "country:china",
      graph: chinaNeighbors(),
      count: 3,
      total: 3,
      hasMore: false,
    })(loaded());
    state = expansionMerged({ nodeId: "org:alibaba", graph: alibabaNeighbors(), count: 1, total: 1, hasMore: false })(
      state,
    );
    expect(nodesToCollapse(state, "country:china").sort()).toEqual([
      "org:alibaba",
      "org:tencent",
      "project:capex-plan",
    ]);
    const collapsed = expansionCollapsed("country:china")(state);
    expect(collapsed.graph.order).toBe(7);
    expect(collapsed.expansions).toEqual({});
    expect(state.graph.order).toBe(10);
  });

  it("should return the same state when a merged graph brings nothing new", () => {
    const state = loaded();
    expect(graphMerged(smallWire())(state)).toBe(state);
    expect(graphMerged(chinaNeighbors())(state).graph.hasNode("org:tencent")).toBe(true);
  });

  it("should name a node in Arabic when asked and known, else in English", () => {
    const graph = loaded().graph;
    expect(nodeName(graph.getNodeAttributes("person:zhao"), "ar")).toBe("ماتي تشاو");
    expect(nodeName(graph.getNodeAttributes("media:scmp"), "ar")).toBe("SCMP");
    expect(nodeName(undefined, "en")).toBe("");
  });
});
