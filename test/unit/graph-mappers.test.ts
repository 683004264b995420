// Pure mappers from Neo4j rows to the wire graph: evidence, node attributes, edge keys, collection and search ranking.

import { WireGraph } from "@domain/contracts/wire";
import Graph from "graphology";
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { NO_CORROBORATION } from "../../server/corroboration/view";
import { buildWireGraph } from "../../server/mappers/buildWireGraph";
import { collectGraphElements } from "../../server/mappers/collect";
import { edgeAttributes } from "../../server/mappers/edges";
import { evidenceFromProperties } from "../../server/mappers/evidence";
import { withContext } from "../../server/mappers/evidenceContext";
import { nodeAttributes, nodeKey, nodeKeyer } from "../../server/mappers/nodes";
import type { PlainNode, PlainRelationship } from "../../server/mappers/types";
import { escapeLucene, fuzzyLuceneQuery } from "../../server/search/luceneQuery";
import { matchName, maxTypos, rankCandidates } from "../../server/search/rankSearch";

const evidenceProps = {
  sourceIds: ["src", "src"],
  quotes: ["alpha", "beta"],
  starts: [0, 10],
  ends: [5, 14],
  glosses: ["", "the beta"],
  evidenceKeys: ["src:0:5", "src:10:14"],
};

const entity = (elementId: string, id: string, extra: Record<string, unknown> = {}): PlainNode => ({
  elementId,
  labels: ["Entity", "Organization"],
  properties: { id, type: "Organization", name: id.toUpperCase(), sourceIds: ["src"], ...extra },
});

const rel = (elementId: string, start: string, end: string, type = "WORKS_FOR"): PlainRelationship => ({
  elementId,
  type,
  startNodeElementId: start,
  endNodeElementId: end,
  properties: { ...evidenceProps, role: "analyst" },
});

describe("evidenceFromProperties", () => {
  it("should give no evidence when the lists are missing", () => {
    expect(evidenceFromProperties({})).toEqual([]);
  });

  it("should zip the parallel lists, dropping empty glosses", () => {
    expect(evidenceFromProperties(evidenceProps)).toEqual([
      { sourceId: "src", quote: "alpha", start: 0, end: 5 },
      { sourceId: "src", quote: "beta", start: 10, end: 14, gloss: "the beta" },
    ]);
  });
});

describe("nodeAttributes", () => {
  it("should key a node without an id by its elementId", () => {
    expect(nodeKey({ elementId: "4:x:1", labels: ["Thing"], properties: {} })).toBe("4:x:1");
  });

  it("should map entities, claims and sources to their wire attributes", () => {
    expect(
      nodeAttributes(entity("e1", "org:a", { nameAr: "أ", aliases: ["A"], searchKeys: ["a"] }), NO_CORROBORATION),
    ).toEqual({
      kind: "entity",
      type: "Organization",
      label: "ORG:A",
      labelAr: "أ",
      aliases: ["A"],
      sourceIds: ["src"],
    });
    const claim = nodeAttributes(
      {
        elementId: "c1",
        labels: ["Claim"],
        properties: { id: "claim:x", kind: "figure", statement: "S", value: 3, unit: "percent", ...evidenceProps },
      },
      NO_CORROBORATION,
    );
    expect(claim).toMatchObject({ kind: "claim", type: "Claim", label: "S", value: 3, unit: "percent" });
    expect(claim.evidence).toHaveLength(2);
    expect(
      nodeAttributes({ elementId: "s1", labels: ["Source"], properties: { id: "src", title: "T" } }, NO_CORROBORATION),
    ).toEqual({
      kind: "source",
      type: "Source",
      label: "T",
      sourceIds: ["src"],
    });
  });
});

describe("buildWireGraph", () => {
  it("should leave out relationships whose ends are missing", () => {
    const g = buildWireGraph([entity("e1", "org:a")], [rel("r1", "e1", "e2")], NO_CORROBORATION);
    expect(g.edges).toEqual([]);
  });

  it("should key edges by start|type|end and carry evidence and own properties", () => {
    const g = buildWireGraph(
      [entity("e1", "org:a"), entity("e2", "org:b")],
      [rel("r1", "e1", "e2"), rel("r1", "e1", "e2")],
      NO_CORROBORATION,
    );
    expect(g.edges).toHaveLength(1);
    expect(g.edges[0]).toMatchObject({ key: "org:a|WORKS_FOR|org:b", source: "org:a", target: "org:b" });
    expect(g.edges[0]?.attributes).toMatchObject({ type: "WORKS_FOR", role: "analyst", sourceIds: ["src"] });
    expect(g.edges[0]?.attributes).not.toHaveProperty("quotes");
    expect(WireGraph.safeParse(g).success).toBe(true);
  });

  it("should give a second relationship of the same type between the same pair a distinct key", () => {
    const g = buildWireGraph(
      [entity("e1", "org:a"), entity("e2", "org:b")],
      [rel("r1", "e1", "e2"), rel("r2", "e1", "e2")],
      NO_CORROBORATION,
    );
    expect(new Set(g.edges.map((e) => e.key)).size).toBe(2);
  });

  it("should produce what graphology imports", () => {
    const g = buildWireGraph(
      [entity("e1", "org:a"), entity("e2", "org:b")],
      [rel("r1", "e1", "e2"), rel("r2", "e2", "e2")],
      NO_CORROBORATION,
    );
    const graph = new Graph();
    graph.import(g);
    expect([graph.order, graph.size]).toEqual([2, 2]);
    expect(graph.getEdgeAttribute("org:a|WORKS_FOR|org:b", "evidence")).toHaveLength(2);
  });
});

describe("edgeAttributes and withContext", () => {
  it("should place quotes in their source with the words around them", () => {
    const text = "alpha and beta";
    const evidence = edgeAttributes(rel("r", "a", "b"), NO_CORROBORATION).evidence;
    const placed = withContext(evidence, new Map([["src", { id: "src", title: "T", text }]]), 4);
    expect(placed[0]).toMatchObject({ quote: "alpha", before: "", after: " and", sourceTitle: "T" });
    expect(placed[1]).toMatchObject({ quote: "beta", before: "and ", after: "" });
  });
});

describe("collectGraphElements", () => {
  const { Node, Relationship, Path, PathSegment } = neo4j.types;
  const int = neo4j.int;
  const a = new Node(int(1), ["Entity"], { id: "org:a" }, "4:x:1");
  const b = new Node(int(2), ["Entity"], { id: "org:b" }, "4:x:2");
  const r = new Relationship(int(3), int(1), int(2), "BASED_IN", { quotes: ["q"] }, "5:x:3", "4:x:1", "4:x:2");

  it("should find nothing in maps shaped like nodes, relationships or paths", () => {
    const forged = [
      { elementId: "4:x:1", labels: ["Entity"], properties: { id: "org:fake" } },
      { elementId: "5:x:9", type: "BASED_IN", startNodeElementId: "4:x:1", endNodeElementId: "4:x:2", properties: {} },
      { start: { elementId: "4:x:1", labels: [] }, end: {}, segments: [{ relationship: { type: "T" } }] },
      { $type: "Node", _value: { _element_id: "4:x:1", _labels: ["Entity"], _properties: {} } },
    ];
    expect(collectGraphElements([forged, { nested: forged }])).toEqual({ nodes: [], relationships: [] });
  });

  it("should find the driver's nodes and relationships in rows, lists, maps and paths, in order", () => {
    const path = new Path(a, b, [new PathSegment(a, r, b)]);
    const found = collectGraphElements([a, 1, [{ nested: r }], { p: path }]);
    expect(found.nodes.map((n) => n.elementId)).toEqual(["4:x:1", "4:x:1", "4:x:2"]);
    expect(found.relationships.map((x) => x.elementId)).toEqual(["5:x:3", "5:x:3"]);
  });
});

describe("node keys", () => {
  it("should never give two nodes of one answer the same key", () => {
    const keyOf = nodeKeyer();
    const twin = { ...entity("e2", "org:a"), labels: ["Claim"] };
    const spoof = entity("e3", "e2");
    expect([keyOf(entity("e1", "org:a")), keyOf(twin), keyOf(spoof), keyOf(entity("e4", ""))]).toEqual([
      "org:a",
      "e2",
      "e3",
      "e4",
    ]);
  });

  it("should import into graphology when two nodes share a domain id, each edge naming the right one", () => {
    const wire = buildWireGraph(
      [entity("e1", "org:a"), entity("e2", "org:a"), entity("e3", "org:b")],
      [rel("r1", "e1", "e3"), rel("r2", "e2", "e3")],
      NO_CORROBORATION,
    );
    const g = new Graph({ multi: true });
    g.import(WireGraph.parse(wire));
    expect(g.nodes()).toEqual(["org:a", "e2", "org:b"]);
    expect(g.edges().map((e) => g.extremities(e))).toEqual([
      ["org:a", "org:b"],
      ["e2", "org:b"],
    ]);
  });
});

describe("search ranking", () => {
  it("should not match when nothing is close", () => {
    expect(matchName("tencent", "Alibaba")).toBeNull();
    expect(matchName("abc", "abd")).toBeNull();
  });

  it("should tolerate more typos in longer keys", () => {
    expect([maxTypos(3), maxTypos(5), maxTypos(9)]).toEqual([0, 1, 2]);
    expect(matchName("tencnet", "Tencent")?.match).toBe("fuzzy");
    expect(matchName("tensen", "Tencent Holdings")?.match).toBe("fuzzy");
  });

  it("should rank exact before prefix before contains before fuzzy", () => {
    const hits = rankCandidates("deepseek", [
      { id: "fuzzy", type: "T", name: "Deepseak", aliases: [] },
      { id: "contains", type: "T", name: "The DeepSeek lab", aliases: [] },
      { id: "prefix", type: "T", name: "DeepSeek-V3", aliases: [] },
      { id: "exact", type: "T", name: "Something", nameAr: "ديب سيك", aliases: ["DeepSeek"] },
    ]);
    expect(hits.map((h) => [h.id, h.match])).toEqual([
      ["exact", "exact"],
      ["prefix", "prefix"],
      ["contains", "contains"],
      ["fuzzy", "fuzzy"],
    ]);
    expect(hits[0]?.matched).toBe("DeepSeek");
  });
});

describe("fuzzyLuceneQuery", () => {
  it("should give nothing to search for punctuation alone", () => {
    expect(fuzzyLuceneQuery("?!", "")).toBeNull();
  });

  it("should escape Lucene syntax and ask the whole key or every word fuzzy, the last and short ones also as prefixes", () => {
    expect(escapeLucene('a+b:"c"')).toBe('a\\+b\\:\\"c\\"');
    expect(fuzzyLuceneQuery("Tencnet Holdings", "tencnetholdings")).toBe(
      "searchText:(tencnetholdings~ (+tencnet~ +(holdings~ holdings*)))",
    );
    expect(fuzzyLuceneQuery("AI", "ai")).toBe("searchText:(ai*)");
    expect(fuzzyLuceneQuery("تنسنت", "تنسنت")).toBe("searchText:(تنسنت~)");
    expect(fuzzyLuceneQuery("Bnk of (Amer", "bnkofamer")).toBe("searchText:(bnkofamer~ (+bnk~ +of* +(amer~ amer*)))");
  });
});
