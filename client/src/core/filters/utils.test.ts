import { describe, expect, it } from "vitest";
import { graphFromWire } from "../dataset/utils";
import { smallWire } from "../testing/fixtures";
import { partialDateRange } from "./period";
import {
  applyFilters,
  attributionChoices,
  filterChoices,
  getEmptyFiltersState,
  isFiltering,
  isMarked,
  isSingleSourced,
  nodeTypeChoices,
  periodBounds,
  periodHistogram,
  relationTypeChoices,
  resetFilters,
  sameVisibleSet,
  setAttribution,
  setHiddenRelationTypes,
  setHideIsolated,
  setKeepUndated,
  setPeriod,
  setSupportHighlight,
  sourceChoices,
  supportCounts,
  supportOf,
  toggleAttribution,
  toggleNodeType,
  toggleRelationType,
  toggleSource,
} from "./utils";

const graph = graphFromWire(smallWire());
const sorted = (s: Set<string>) => [...s].sort();

describe("filter updates", () => {
  it("should put reversed period ends in order", () => {
    expect(setPeriod({ from: 10, to: 2 })(getEmptyFiltersState()).period).toEqual({ from: 2, to: 10 });
  });

  it("should treat an emptied source or attribution list as no filter", () => {
    const on = toggleSource("doc-a")(getEmptyFiltersState());
    expect(on.sourceIds).toEqual(["doc-a"]);
    expect(toggleSource("doc-a")(on).sourceIds).toBeNull();
    expect(setAttribution([])(getEmptyFiltersState()).attributedTo).toBeNull();
    expect(toggleAttribution("media:scmp")(getEmptyFiltersState()).attributedTo).toEqual(["media:scmp"]);
  });

  it("should toggle types back and forth and say when anything filters", () => {
    const state = toggleNodeType("Claim")(getEmptyFiltersState());
    expect(state.hiddenNodeTypes).toEqual(["Claim"]);
    expect(isFiltering(state)).toBe(true);
    expect(toggleNodeType("Claim")(state).hiddenNodeTypes).toEqual([]);
    expect(isFiltering(resetFilters()(state))).toBe(false);
  });
});

describe("applyFilters", () => {
  it("should keep everything without filters", () => {
    const visible = applyFilters(graph, getEmptyFiltersState());
    expect(visible.nodes.size).toBe(graph.order);
    expect(visible.edges.size).toBe(graph.size);
  });

  it("should drop hidden node types with their edges", () => {
    const visible = applyFilters(graph, toggleNodeType("Claim")(getEmptyFiltersState()));
    expect(sorted(visible.nodes)).toEqual(["country:china", "media:scmp", "org:bofa", "person:zhao"]);
    expect(sorted(visible.edges)).toEqual(["org:bofa|COVERS|country:china", "person:zhao|WORKS_FOR|org:bofa"]);
  });

  it("should drop hidden relation types but keep their ends", () => {
    const visible = applyFilters(graph, toggleRelationType("WORKS_FOR")(getEmptyFiltersState()));
    expect(visible.edges.has("person:zhao|WORKS_FOR|org:bofa")).toBe(false);
    expect(visible.nodes.has("org:bofa")).toBe(true);
  });

  it("should keep only what a source document supports", () => {
    const visible = applyFilters(graph, toggleSource("doc-b")(getEmptyFiltersState()));
    expect(sorted(visible.nodes)).toEqual(["claim:gov", "country:china"]);
    expect(sorted(visible.edges)).toEqual(["claim:gov|ABOUT|country:china"]);
  });

  it("should keep only the claims an actor states, with what they are about", () => {
    const visible = applyFilters(graph, toggleAttribution("media:scmp")(getEmptyFiltersState()));
    expect(sorted(visible.nodes)).toEqual(["claim:gov", "country:china", "media:scmp", "org:bofa"]);
    // BofA's relation to China is context, not the claim: it is left out.
    expect(sorted(visible.edges)).toEqual([
      "claim:gov|ABOUT|country:china",
      "claim:gov|ABOUT|org:bofa",
      "media:scmp|STATES|claim:gov",
    ]);
  });

  it("should leave out relations between the context entities when narrowed to attributed claims", () => {
    const both = setAttribution(["person:zhao", "org:bofa"])(getEmptyFiltersState());
    const visible = applyFilters(graph, both);
    expect(sorted(visible.nodes)).toEqual(["claim:capex", "claim:undated", "country:china", "org:bofa", "person:zhao"]);
    // The chosen actors' own relations stay; relations among what the claims are about are context, left out.
    expect(sorted(visible.edges)).toEqual([
      "claim:capex|ABOUT|country:china",
      "org:bofa|COVERS|country:china",
      "person:zhao|STATES|claim:capex",
      "person:zhao|STATES|claim:undated",
      "person:zhao|WORKS_FOR|org:bofa",
    ]);
    const zhao = applyFilters(graph, toggleAttribution("person:zhao")(getEmptyFiltersState()));
    expect(zhao.nodes.has("org:bofa")).toBe(false);
  });

  it("should keep claims whose period overlaps the range, and undated ones only when asked", () => {
    const year2025 = partialDateRange("2025");
    const state = setPeriod(year2025)(getEmptyFiltersState());
    const visible = applyFilters(graph, state);
    expect(visible.nodes.has("claim:capex")).toBe(true);
    expect(visible.nodes.has("claim:gov")).toBe(false);
    expect(visible.nodes.has("claim:undated")).toBe(true);
    expect(applyFilters(graph, setKeepUndated(false)(state)).nodes.has("claim:undated")).toBe(false);
    // Entities are not dated: they stay.
    expect(visible.nodes.has("org:bofa")).toBe(true);
  });
});

describe("sameVisibleSet", () => {
  it("should tell a filter change that leaves the same nodes and edges visible from one that does not", () => {
    const all = applyFilters(graph, getEmptyFiltersState());
    // A period covering every dated claim leaves everything visible, in new sets.
    const wide = applyFilters(graph, setPeriod({ from: 2000 * 12, to: 2100 * 12 })(getEmptyFiltersState()));
    expect(wide).not.toBe(all);
    expect(sameVisibleSet(all, wide)).toBe(true);
    expect(sameVisibleSet(all, applyFilters(graph, setPeriod(partialDateRange("2025"))(getEmptyFiltersState())))).toBe(
      false,
    );
    const withoutEdge = { nodes: all.nodes, edges: new Set([...all.edges].slice(1)) };
    expect(sameVisibleSet(all, withoutEdge)).toBe(false);
  });
});

describe("filter choices", () => {
  it("should count types, relations, sources and attributions in the data", () => {
    expect(nodeTypeChoices(graph)[0]).toEqual({ value: "Claim", count: 3 });
    expect(relationTypeChoices(graph).find((c) => c.value === "STATES")?.count).toBe(3);
    expect(sourceChoices(graph)).toEqual([
      { value: "doc-a", count: 5 },
      { value: "doc-b", count: 4 },
    ]);
    expect(attributionChoices(graph)).toEqual([
      { value: "person:zhao", count: 2 },
      { value: "media:scmp", count: 1 },
    ]);
    expect(periodBounds(graph)).toEqual({ from: 2024 * 12 + 9, to: 2025 * 12 + 11 });
  });

  it("should leave claims without a period out of the timeline's histogram", () => {
    const g = graphFromWire(smallWire());
    g.forEachNode((k, a) => {
      if (a.kind === "claim") g.mergeNodeAttributes(k, { periodStart: undefined, periodEnd: undefined });
    });
    expect(periodHistogram(g)).toEqual([]);
  });

  it("should draw one histogram bar per distinct claim period, counting its claims, in time order", () => {
    const g = graphFromWire(smallWire());
    const claims = g.filterNodes((_k, a) => a.kind === "claim");
    // A third claim with the same period as the first ("2025") joins its bar; a span gets a bar of its own.
    g.mergeNodeAttributes(claims[2] as string, { periodStart: "2025", periodEnd: "2027" });
    const bars = periodHistogram(g);
    expect(bars).toEqual([
      { from: 2024 * 12 + 9, to: 2024 * 12 + 11, label: "2024-Q4", count: 1 },
      { from: 2025 * 12, to: 2025 * 12 + 11, label: "2025", count: 1 },
      { from: 2025 * 12, to: 2027 * 12 + 11, label: "2025–2027", count: 1 },
    ]);
    g.mergeNodeAttributes(claims[2] as string, { periodStart: "2025", periodEnd: undefined });
    expect(periodHistogram(g).find((b) => b.label === "2025")?.count).toBe(2);
    expect(periodHistogram(g).reduce((n, b) => n + b.count, 0)).toBe(3);
  });

  it("should count single-source edges by independent support, two documents of one origin as one", () => {
    expect(isSingleSourced({ sourceIds: ["doc-a", "doc-b"] })).toBe(false);
    expect(isSingleSourced({ sourceIds: ["doc-a", "doc-b"], independentSupport: 1 })).toBe(true);
    expect(isSingleSourced({ sourceIds: ["doc-a"], independentSupport: 1 })).toBe(true);
    expect(supportOf({ sourceIds: ["doc-a", "doc-a"] })).toBe(1);
    const graph = graphFromWire(smallWire());
    const before = filterChoices(graph).support.single;
    graph.setEdgeAttribute("org:bofa|COVERS|country:china", "independentSupport", 1);
    expect(filterChoices(graph).support.single).toBe(before + 1);
  });
});

describe("hide isolated nodes", () => {
  it("should keep every node when the switch is off, even with no visible relationship", () => {
    const state = setHiddenRelationTypes(["STATES", "ABOUT", "COVERS"])(getEmptyFiltersState());
    expect(applyFilters(graph, state).nodes.size).toBe(graph.order);
  });

  it("should leave only nodes with a visible relationship once relations are filtered", () => {
    const state = setHideIsolated(true)(setHiddenRelationTypes(["STATES", "ABOUT", "COVERS"])(getEmptyFiltersState()));
    const visible = applyFilters(graph, state);
    expect(sorted(visible.nodes)).toEqual(["org:bofa", "person:zhao"]);
    expect(sorted(visible.edges)).toEqual(["person:zhao|WORKS_FOR|org:bofa"]);
    expect(isFiltering(state)).toBe(true);
  });

  it("should drop the nodes another filter left without relationships, and nothing when none is isolated", () => {
    const hidden = setHideIsolated(true)(toggleNodeType("Claim")(getEmptyFiltersState()));
    const visible = applyFilters(graph, hidden);
    expect(sorted(visible.nodes)).toEqual(["country:china", "org:bofa", "person:zhao"]);
    expect(applyFilters(graph, setHideIsolated(true)(getEmptyFiltersState())).nodes.size).toBe(graph.order);
  });

  it("should keep nothing when every relation type is hidden", () => {
    const all = relationTypeChoices(graph).map((c) => c.value);
    const visible = applyFilters(graph, setHideIsolated(true)(setHiddenRelationTypes(all)(getEmptyFiltersState())));
    expect(visible.nodes.size).toBe(0);
    expect(visible.edges.size).toBe(0);
  });
});

describe("support counts and the highlight's mode", () => {
  it("should count relationships on one independent source and on two or more, summing to all of them", () => {
    expect(supportCounts(graph)).toEqual({ total: 8, single: 7, several: 1 });
    expect(supportCounts(graph, new Set(["org:bofa|COVERS|country:china"]))).toEqual({
      total: 1,
      single: 0,
      several: 1,
    });
  });

  it("should count by the server's independent support, not by documents", () => {
    const copy = graph.copy();
    copy.setEdgeAttribute("org:bofa|COVERS|country:china", "independentSupport", 1);
    expect(supportCounts(copy)).toEqual({ total: 8, single: 8, several: 0 });
  });

  it("should mark single-source edges by default and those with two or more sources in the other mode", () => {
    const covers = graph.getEdgeAttributes("org:bofa|COVERS|country:china");
    const works = graph.getEdgeAttributes("person:zhao|WORKS_FOR|org:bofa");
    expect(getEmptyFiltersState().supportHighlight).toBe("single");
    expect([isMarked(works, "single"), isMarked(covers, "single")]).toEqual([true, false]);
    expect([isMarked(works, "multiple"), isMarked(covers, "multiple")]).toEqual([false, true]);
    const on = setSupportHighlight("multiple")(getEmptyFiltersState());
    expect(on).toMatchObject({ singleSourceOnly: true, supportHighlight: "multiple" });
    expect(setSupportHighlight(null)(on)).toMatchObject({ singleSourceOnly: false, supportHighlight: "multiple" });
  });
});
