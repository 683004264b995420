// The answer of a researcher's Cypher, built without Neo4j: forged maps stay cells, every cap cuts cleanly and says why.

import { CypherResponse } from "@domain/contracts/api";
import type { Cell } from "@domain/contracts/cell";
import Graph from "graphology";
import neo4j, { Record as Neo4jRecord } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { NO_CORROBORATION } from "../../server/corroboration/view";
import { toCell } from "../../server/neo4j/values";
import { type AnswerLimits, createCypherAnswer, maxCellBytes } from "../../server/repositories/cypherAnswer";

const { Node, Relationship, Path, PathSegment } = neo4j.types;
const int = neo4j.int;

const LIMITS: AnswerLimits = { timeoutMs: 1000, maxRows: 1000, maxNodes: 5000, maxBytes: 256 * 1024 };

const entity = (n: number, id: string, extra: Record<string, unknown> = {}) =>
  new Node(int(n), ["Entity", "Organization"], { id, name: id.toUpperCase(), ...extra }, `4:db:${n}`);
const basedIn = (n: number, start: number, end: number, quotes = ["يقع في"]) =>
  new Relationship(
    int(n),
    int(start),
    int(end),
    "BASED_IN",
    { sourceIds: ["src"], quotes, starts: [int(0)], ends: [int(6)], glosses: [""] },
    `5:db:${n}`,
    `4:db:${start}`,
    `4:db:${end}`,
  );

/** Feeds rows (each a list of driver values) to a fresh answer, as runReadOnly would, and returns the answer. */
function answer(columns: string[], rows: unknown[][], limits: Partial<AnswerLimits> = {}) {
  const built = createCypherAnswer({ ...LIMITS, ...limits }, NO_CORROBORATION);
  built.columns(columns);
  let read = 0;
  for (const values of rows) {
    read++;
    if (!built.record(new Neo4jRecord(columns, values))) break;
  }
  return { built, read };
}

/** The answer as the client receives it: serialized, within its budget, and valid against the shared schema. */
function received(built: ReturnType<typeof createCypherAnswer>, maxBytes = LIMITS.maxBytes): CypherResponse {
  const text = JSON.stringify(built.finish());
  expect(Buffer.byteLength(text, "utf8")).toBeLessThanOrEqual(maxBytes);
  return CypherResponse.parse(JSON.parse(text));
}

const cellTypes = (rows: Cell[][]) => rows.map((r) => r.map((c) => c.$type));

describe("the answer of a researcher's Cypher", () => {
  it("should never draw a map as a node or relationship, whatever its shape, keys or copied evidence", () => {
    const real = entity(1, "org:deepseek");
    const forgedNode = { elementId: real.elementId, labels: ["Entity"], properties: { id: "org:fake", name: "Fake" } };
    const forgedRel = {
      elementId: "5:db:99",
      type: "BASED_IN",
      startNodeElementId: real.elementId,
      endNodeElementId: "4:db:2",
      properties: { id: "x", quotes: basedIn(9, 1, 2).properties.quotes },
    };
    const typedJson = { $type: "Node", _value: { _element_id: real.elementId, _labels: ["Entity"], _properties: {} } };
    const forgedPath = {
      start: forgedNode,
      end: forgedNode,
      segments: [{ start: forgedNode, relationship: forgedRel }],
    };
    const { built } = answer(
      ["n", "r", "t", "nested", "p"],
      [
        [forgedNode, forgedRel, typedJson, [forgedNode, { inner: [forgedRel, typedJson] }], forgedPath],
        [{ n: forgedNode }, [[forgedRel]], { $type: "Relationship", _value: forgedRel }, [], [forgedPath]],
      ],
    );
    expect(built.missingEndpoints()).toEqual([]);
    const got = received(built);
    expect(got.graph.nodes).toEqual([]);
    expect(got.graph.edges).toEqual([]);
    expect(cellTypes(got.rows)).toEqual([
      ["Map", "Map", "Map", "List", "Map"],
      ["Map", "List", "Map", "List", "List"],
    ]);
    expect(got.truncated).toBe(false);
  });

  it("should draw the driver's nodes, relationships and paths, found at any depth, each once", () => {
    const [a, b, c] = [entity(1, "org:a"), entity(2, "country:b"), entity(3, "org:c")];
    const path = new Path(a, c, [new PathSegment(a, basedIn(10, 1, 2), b), new PathSegment(b, basedIn(11, 3, 2), c)]);
    const { built } = answer(["p", "more"], [[path, { list: [a, [basedIn(10, 1, 2)]] }]]);
    const got = received(built);
    expect(got.graph.nodes.map((n) => n.key)).toEqual(["org:a", "country:b", "org:c"]);
    expect(got.graph.edges.map((e) => e.key)).toEqual(["org:a|BASED_IN|country:b", "org:c|BASED_IN|country:b"]);
    expect(got.graph.edges[0]?.attributes.evidence[0]?.quote).toBe("يقع في");
    expect(cellTypes(got.rows)).toEqual([["Path", "Map"]]);
  });

  it("should key two nodes with one id apart, so graphology imports the graph", () => {
    const twin = new Node(int(7), ["Claim"], { id: "org:a" }, "4:db:7");
    const { built } = answer(["a", "twin", "r"], [[entity(1, "org:a"), twin, basedIn(12, 7, 1)]]);
    const got = received(built);
    expect(got.graph.nodes.map((n) => n.key)).toEqual(["org:a", "4:db:7"]);
    const g = new Graph({ multi: true });
    g.import(got.graph);
    expect(g.extremities(got.graph.edges[0]?.key ?? "")).toEqual(["4:db:7", "org:a"]);
  });

  it("should list the missing ends of returned relationships, then draw them once fetched", () => {
    const { built } = answer(["r"], [[basedIn(20, 1, 2)], [basedIn(21, 3, 2)]], { maxNodes: 2 });
    expect(built.missingEndpoints()).toEqual(["4:db:1", "4:db:2"]);
    built.endpoints([entity(1, "org:a"), entity(2, "country:b")]);
    const got = received(built);
    expect(got.graph.edges.map((e) => e.key)).toEqual(["org:a|BASED_IN|country:b"]);
    expect(got.truncatedReason).toBe("nodes");
  });

  it("should cut rows at the row cap and say so", () => {
    const { built, read } = answer(
      ["x"],
      Array.from({ length: 10 }, (_, i) => [int(i)]),
      { maxRows: 3 },
    );
    expect(read).toBe(4);
    const got = received(built);
    expect(got.rows).toHaveLength(3);
    expect(got).toMatchObject({ truncated: true, truncatedReason: "rows" });
  });

  it("should stop adding nodes at the node cap while rows still arrive", () => {
    const rows = Array.from({ length: 8 }, (_, i) => [entity(i + 1, `org:${i}`)]);
    const got = received(answer(["n"], rows, { maxNodes: 5 }).built);
    expect(got.rows).toHaveLength(8);
    expect(got.graph.nodes).toHaveLength(5);
    expect(got).toMatchObject({ truncated: true, truncatedReason: "nodes" });
  });

  it("should cut many medium rows at a row boundary within the byte budget", () => {
    const medium = Array.from({ length: 100 }, () => "عنصر");
    const rows = Array.from({ length: 5000 }, (_, i) => [int(i), medium]);
    const { built, read } = answer(["i", "medium"], rows, { maxBytes: 128 * 1024, maxRows: 100_000 });
    const got = received(built, 128 * 1024);
    expect(read).toBe(got.rows.length + 1);
    expect(got.rows.length).toBeGreaterThan(10);
    expect(got.rows.every((r) => r[1]?.$type === "List" && r[1]._value.length === 100)).toBe(true);
    expect(got.rows.map((r) => r[0]?._value)).toEqual(got.rows.map((_, i) => String(i)));
    expect(got).toMatchObject({ truncated: true, truncatedReason: "bytes" });
  });

  it("should send a cell over its share of the budget as an Omitted placeholder, and its row with it", () => {
    const big = Array.from({ length: 50_000 }, () => "عنصر");
    const { built } = answer(["big", "small"], [[big, "ok"]]);
    const got = received(built);
    const share = maxCellBytes(LIMITS.maxBytes, 2);
    expect(got.rows[0]?.[0]).toEqual({
      $type: "Omitted",
      _value: { reason: "bytes", bytes: Buffer.byteLength(JSON.stringify(toCell(big)), "utf8") },
    });
    expect(Buffer.byteLength(JSON.stringify(toCell(big)), "utf8")).toBeGreaterThan(share);
    expect(got.rows[0]?.[1]).toEqual({ $type: "String", _value: "ok" });
    expect(got).toMatchObject({ truncated: true, truncatedReason: "bytes" });
  });

  it("should count the graph against the budget, leaving out what does not fit and ending the answer there", () => {
    const long = "نص طويل ".repeat(400);
    const rows = Array.from({ length: 200 }, (_, i) => [entity(i + 1, `org:${i}`, { description: long })]);
    const { built, read } = answer(["n"], rows, { maxBytes: 64 * 1024 });
    const got = received(built, 64 * 1024);
    expect(read).toBe(got.rows.length);
    expect(got.graph.nodes.length).toBeLessThanOrEqual(got.rows.length);
    expect(got.graph.nodes.length).toBeGreaterThan(0);
    expect(got).toMatchObject({ truncated: true, truncatedReason: "bytes" });
  });
});
