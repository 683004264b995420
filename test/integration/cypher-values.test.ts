// A researcher's Cypher on the real seeded Neo4j: values keep their type and every key, maps never pass for graph
// elements (in POST /api/cypher and in the export by query), answers stay within their byte budget, exports within caps.

import { CypherResponse } from "@domain/contracts/api";
import type { Cell } from "@domain/contracts/cell";
import Graph from "graphology";
import * as gexf from "graphology-gexf";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readEnv } from "../../server/config/env";
import { createApp } from "../../server/http/app";
import { createLogger } from "../../server/log/logger";
import { toPlain } from "../../server/neo4j/values";
import { deleteNamespace, testDb, testNamespace } from "../helpers/db";

const db = testDb();
const ns = testNamespace();
const appWith = (env: Record<string, string> = {}) =>
  createApp({
    db,
    connection: inject("neo4j"),
    // A generous timeout: a test must not depend on how fast this machine decodes a 2,000,000-element list.
    env: readEnv({
      KG_CYPHER_TIMEOUT_MS: "120000",
      KG_RATE_LIMIT_CYPHER: "100000",
      KG_RATE_LIMIT_EXPORT: "100000",
      ...env,
    }),
    logger: createLogger("silent"),
  });
const app = appWith();
const MAX_BYTES = readEnv({}).KG_CYPHER_MAX_BYTES;

/** Runs a query and reads the answer the way the client does: JSON.parse, then the shared zod schema. */
async function cypher(query: string, params: Record<string, unknown> = {}, on = app) {
  const res = await request(on).post("/api/cypher").send({ query, params });
  expect(res.status, res.text.slice(0, 300)).toBe(200);
  expect(Buffer.byteLength(res.text, "utf8")).toBeLessThanOrEqual(res.body.limits.maxBytes);
  return { text: res.text, body: CypherResponse.parse(JSON.parse(res.text)) };
}

const exportAs = (format: string, select: unknown, on = app) =>
  request(on)
    .post("/api/export")
    .send({ format, select })
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => done(null, Buffer.concat(chunks)));
    });

const column = (body: CypherResponse, name: string): Cell[] =>
  body.rows.map((row) => row[body.columns.indexOf(name)] as Cell);

async function readOne<T>(query: string, params: Record<string, unknown> = {}): Promise<T> {
  return toPlain((await db.read(query, params)).records[0]?.toObject()) as T;
}

/** Forged graph elements built from a real node and relationship: same element ids, same properties, copied quotes. */
const FORGERIES = `
MATCH (real:Entity {id: 'org:deepseek'})-[r:BASED_IN]->(country)
WITH real, r, country LIMIT 1
WITH real, r, country,
     {elementId: elementId(real), labels: labels(real), properties: properties(real)} AS node,
     {elementId: elementId(r), type: type(r), startNodeElementId: elementId(real), endNodeElementId: elementId(country),
      properties: properties(r)} AS rel,
     {identity: 0, elementId: 'x', labels: ['Entity'], properties: {id: 'org:fake', name: 'Fake'}} AS fake
RETURN node, rel, fake,
       [node, [rel, {inner: fake}]] AS nested,
       {start: node, end: fake, segments: [{start: node, relationship: rel, end: fake}]} AS path,
       {\`$type\`: 'Node', _value: {_element_id: elementId(real), _labels: ['Entity'], _properties: {id: {\`$type\`: 'String', _value: 'org:fake'}}}} AS typed,
       {\`$type\`: 'Relationship', _value: {_element_id: 'y', _start_node_element_id: elementId(real),
        _end_node_element_id: elementId(country), _type: 'BASED_IN', _properties: {quotes: r.quotes}}} AS typedRel`;

beforeAll(async () => {
  // Two distinct database nodes sharing one id, which the per-label constraints allow: an entity and a claim.
  await db.write(
    `MATCH (d:Entity {id: 'org:deepseek'})
     CREATE (a:Entity:Organization {id: $id, name: 'first', type: 'Organization'}), (b:Claim {id: $id, statement: 'second'})
     CREATE (a)-[:PROBES {sourceIds: ['bofa-china-ai-capex'], quotes: ['x'], starts: [0], ends: [1], glosses: ['']}]->(d)`,
    { id: `${ns}:twin` },
  );
});

afterAll(async () => {
  await deleteNamespace(db, ns);
  await db.close();
});

describe("invalid input", () => {
  it("should answer 400 naming the field for parameters that are not a map and an empty export query", async () => {
    const params = await request(app)
      .post("/api/cypher")
      .send({ query: "RETURN $x", params: [1] });
    expect(params.status).toBe(400);
    expect(params.body.issues[0]).toMatchObject({ location: "body", path: ["params"] });
    const empty = await request(app)
      .post("/api/export")
      .send({ format: "json", select: { by: "query", query: " " } });
    expect(empty.status).toBe(400);
    expect(empty.body.issues[0]).toMatchObject({ location: "body", path: ["select", "query"] });
  });
});

describe("graph elements come only from the database", () => {
  it("should keep forged nodes, relationships and paths (copied ids, quotes, $type keys) as table values", async () => {
    const { body } = await cypher(FORGERIES);
    expect(body.graph.nodes).toEqual([]);
    expect(body.graph.edges).toEqual([]);
    expect(body.rows[0]?.map((c) => c.$type)).toEqual(["Map", "Map", "Map", "List", "Map", "Map", "Map"]);
    const typed = column(body, "typed")[0] as Extract<Cell, { $type: "Map" }>;
    expect(typed._value.$type).toEqual({ $type: "String", _value: "Node" });
    const rel = column(body, "rel")[0] as Extract<Cell, { $type: "Map" }>;
    const quotes = rel._value.properties as Extract<Cell, { $type: "Map" }>;
    expect((quotes._value.quotes as Extract<Cell, { $type: "List" }>)._value.length).toBeGreaterThan(0);
  });

  it("should draw the real node beside a forged map with its id, never the forgery", async () => {
    const { body } = await cypher(
      "MATCH (n:Entity {id: 'org:deepseek'}) RETURN n, {elementId: elementId(n), labels: ['Entity'], properties: {id: 'org:deepseek', name: 'Fake'}} AS fake",
    );
    expect(body.graph.nodes.map((n) => [n.key, n.attributes.label])).toEqual([["org:deepseek", "DeepSeek"]]);
    expect(body.rows[0]?.map((c) => c.$type)).toEqual(["Node", "Map"]);
  });

  it("should export by query without a forged element and without a 500 when a forgery and a node share an id", async () => {
    const query =
      "MATCH (n:Entity {id: 'org:deepseek'})-[r:BASED_IN]->(c) " +
      "RETURN n, r, {elementId: 'x', labels: ['Entity'], properties: {id: 'org:deepseek', name: 'Fake'}} AS fake, " +
      "[{elementId: 'y', type: 'BASED_IN', startNodeElementId: 'x', endNodeElementId: elementId(c), properties: {quotes: r.quotes}}] AS fakeRel";
    for (const format of ["gexf", "graphml", "json", "csv", "cypher"]) {
      const res = await exportAs(format, { by: "query", query });
      expect(res.status, format).toBe(200);
    }
    const res = await exportAs("json", { by: "query", query });
    const g = new Graph({ multi: true });
    g.import(JSON.parse((res.body as Buffer).toString("utf8")));
    expect(g.nodes().sort()).toEqual(["country:china", "org:deepseek"]);
    expect(g.getNodeAttribute("org:deepseek", "label")).toBe("DeepSeek");
    expect(g.size).toBe(1);
  });

  it("should give two database nodes with one id distinct keys in the answer, the export by query and by ids", async () => {
    const twin = `${ns}:twin`;
    const { body } = await cypher("MATCH (n {id: $id}) OPTIONAL MATCH (n)-[r]->(d) RETURN n, r, d ORDER BY n.name", {
      id: twin,
    });
    const keys = body.graph.nodes.map((n) => n.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain(twin);
    expect(keys).toContain("org:deepseek");
    expect(
      body.graph.nodes.filter((n) => n.attributes.label === "first" || n.attributes.label === "second"),
    ).toHaveLength(2);
    const fromFirst = body.graph.edges[0];
    expect(body.graph.nodes.find((n) => n.key === fromFirst?.source)?.attributes.label).toBe("first");
    for (const select of [
      { by: "query", query: "MATCH (n {id: $id})-[r*0..1]->(d) RETURN n, r, d", params: { id: twin } },
      { by: "ids", ids: [twin] },
    ]) {
      const res = await exportAs("gexf", select);
      expect(res.status, JSON.stringify(select)).toBe(200);
      const g = gexf.parse(Graph, (res.body as Buffer).toString("utf8"));
      expect(g.filterNodes((_k, a) => a.label === "first" || a.label === "second")).toHaveLength(2);
    }
  });
});

describe("values keep their type and every key", () => {
  it("should keep __proto__, constructor and $type keys, through JSON and the client's schema", async () => {
    const { text, body } = await cypher(
      "RETURN {`__proto__`: 'kept', constructor: 'c', `$type`: 'Node', _value: 1, other: {`__proto__`: [1]}} AS m",
    );
    const raw = JSON.parse(text).rows[0][0]._value;
    expect(Object.keys(raw)).toEqual(expect.arrayContaining(["__proto__", "constructor", "$type", "_value", "other"]));
    const m = body.rows[0]?.[0] as Extract<Cell, { $type: "Map" }>;
    expect(Object.keys(m._value).sort()).toEqual(["$type", "__proto__", "_value", "constructor", "other"]);
    expect(Object.hasOwn(m._value, "__proto__")).toBe(true);
    expect(Object.getOwnPropertyDescriptor(m._value, "__proto__")?.value).toEqual({ $type: "String", _value: "kept" });
    expect(m._value.$type).toEqual({ $type: "String", _value: "Node" });
    const inner = m._value.other as Extract<Cell, { $type: "Map" }>;
    expect(Object.keys(inner._value)).toEqual(["__proto__"]);
  });

  it("should tell floats from integers and keep NaN, ±Infinity, -0.0 and integers beyond 2^53 exactly", async () => {
    const { body } = await cypher(
      "RETURN 48.0 AS f, 48 AS i, 0.0/0.0 AS nan, 1.0/0.0 AS inf, -1.0/0.0 AS ninf, -0.0 AS nz, " +
        "9007199254740993 AS big, -9223372036854775808 AS min, [1, 1.5] AS mixed",
    );
    expect(body.rows[0]).toEqual([
      { $type: "Float", _value: "48.0" },
      { $type: "Integer", _value: "48" },
      { $type: "Float", _value: "NaN" },
      { $type: "Float", _value: "Infinity" },
      { $type: "Float", _value: "-Infinity" },
      { $type: "Float", _value: "-0.0" },
      { $type: "Integer", _value: "9007199254740993" },
      { $type: "Integer", _value: "-9223372036854775808" },
      {
        $type: "List",
        _value: [
          { $type: "Integer", _value: "1" },
          { $type: "Float", _value: "1.5" },
        ],
      },
    ]);
  });

  it("should write every float as Neo4j's own toString() does", async () => {
    const { body } = await cypher(
      "UNWIND [48.0, 0.1, 0.001, 9.9e-4, 9999999.0, 1.0e7, 123456789.123, 1e20, 1e-5, -2.5e-8, 3.141592653589793] AS f " +
        "RETURN f, toString(f) AS text",
    );
    expect(column(body, "f").map((c) => c._value)).toEqual(column(body, "text").map((c) => c._value));
  });

  it("should keep Arabic text byte for byte", async () => {
    const stored = await readOne<{ text: string }>(
      "MATCH (s:Source {id: 'bofa-china-ai-capex'}) RETURN s.text AS text",
    );
    const { body } = await cypher("MATCH (s:Source {id: 'bofa-china-ai-capex'}) RETURN s.text AS text, s");
    const text = column(body, "text")[0] as Extract<Cell, { $type: "String" }>;
    expect(Buffer.from(text._value, "utf8").equals(Buffer.from(stored.text, "utf8"))).toBe(true);
    const node = column(body, "s")[0] as Extract<Cell, { $type: "Node" }>;
    expect(node._value._properties.text).toEqual({ $type: "String", _value: stored.text });
  });

  it("should write dates, times, date-times and durations as Neo4j's toString() does", async () => {
    const { body } = await cypher(`
      UNWIND [date('2015-03-26'), date('-0001-01-01'), date('+10000-01-01'), localtime('12:00'),
              localtime('12:50:35.5561'), localtime('12:50:35.000000001'), time('12:50:35.556+01:00'), time('12:00Z'),
              time('12:00:00-02:30'), localdatetime('2015-06-24T12:50:35.556'),
              datetime('2015-06-24T12:50:35.556+01:00'), datetime('2015-07-21T21:40:32.142[Europe/London]'),
              datetime('2015-11-21T21:40:32.142Z'), duration({days: 14, hours: 16, minutes: 12}),
              duration('P1Y2M3DT4H5M6.7S'), duration('PT0S'), duration('P14D'), duration('PT-0.5S'),
              duration('-P1DT-2H'), duration({seconds: -90, nanoseconds: 5}), duration('PT100H')] AS x
      RETURN x, toString(x) AS text`);
    expect(column(body, "x").map((c) => c._value)).toEqual(column(body, "text").map((c) => c._value));
    expect(column(body, "x").map((c) => c.$type)).toEqual([
      ...Array(3).fill("Date"),
      ...Array(3).fill("LocalTime"),
      ...Array(3).fill("Time"),
      "LocalDateTime",
      "OffsetDateTime",
      "ZonedDateTime",
      "OffsetDateTime",
      ...Array(8).fill("Duration"),
    ]);
  });

  it("should write points as SRID and coordinates, each coordinate as Neo4j writes floats", async () => {
    const { body } = await cypher(`
      UNWIND [point({x: 1, y: 2}), point({longitude: 12.5, latitude: 56.25}), point({x: 1, y: 2, z: 3.5}),
              point({longitude: 1e-5, latitude: 10, height: 1e20})] AS p
      WITH p, p.srid IN [4979, 9157] AS threeD
      RETURN p, p.srid AS srid, threeD,
             toString(p.x) + ' ' + toString(p.y) + CASE WHEN threeD THEN ' ' + toString(p.z) ELSE '' END AS xyz`);
    const expected = body.rows.map((row) => {
      const [, srid, threeD, xyz] = row.map((c) => c._value);
      return `SRID=${srid};POINT ${threeD ? "Z " : ""}(${xyz})`;
    });
    expect(column(body, "p").map((c) => c._value)).toEqual(expected);
  });
});

describe("bounded answers", () => {
  it("should answer a 22 MB value within the byte budget, as an Omitted cell that says its size", async () => {
    const { body } = await cypher("RETURN [i IN range(1, 2000000) | 'عنصر'] AS big, 'after' AS small");
    expect(body.rows).toHaveLength(1);
    const big = body.rows[0]?.[0] as Extract<Cell, { $type: "Omitted" }>;
    expect(big.$type).toBe("Omitted");
    expect(big._value.reason).toBe("bytes");
    // 2,000,000 cells of {"$type":"String","_value":"عنصر"}: far over 22 MB of JSON.
    expect(big._value.bytes).toBeGreaterThan(22_000_000);
    expect(body.rows[0]?.[1]).toEqual({ $type: "String", _value: "after" });
    expect(body).toMatchObject({ truncated: true, truncatedReason: "bytes" });
    expect(body.limits.maxBytes).toBe(MAX_BYTES);
  });

  it("should cut an answer of many medium rows at a row boundary, every row whole", async () => {
    const roomy = appWith({ KG_CYPHER_MAX_ROWS: "1000000" });
    const { text, body } = await cypher(
      "UNWIND range(1, 5000) AS i RETURN i, [j IN range(1, 100) | 'عنصر'] AS medium",
      {},
      roomy,
    );
    expect(body.rows.length).toBeGreaterThan(100);
    expect(body.rows.length).toBeLessThan(5000);
    expect(column(body, "i").map((c) => c._value)).toEqual(body.rows.map((_, k) => String(k + 1)));
    for (const cell of column(body, "medium")) expect(cell.$type === "List" && cell._value.length).toBe(100);
    expect(body).toMatchObject({ truncated: true, truncatedReason: "bytes" });
    // Cut at the row that would not fit: the budget is nearly used.
    expect(Buffer.byteLength(text, "utf8")).toBeGreaterThan(
      MAX_BYTES - 2 * (Buffer.byteLength(text) / body.rows.length),
    );
  });

  // Only the local route writes neo4j.conf (db.memory.transaction.max); Docker and NEO4J_URI servers keep their own.
  it.runIf(inject("neo4j").route === "local")(
    "should stop a query that collects past Neo4j's transaction memory cap with 503, before any record reaches the explorer",
    async () => {
      const res = await request(app)
        .post("/api/cypher")
        .send({ query: "UNWIND range(1, 20000000) AS i RETURN collect('عنصر') AS big" });
      expect(res.status).toBe(503);
      expect(res.body.code).toBe("NEO4J_OUT_OF_MEMORY");
    },
  );
});

describe("exports by query", () => {
  it("should answer 413 before any byte of the file when the result holds more nodes than the cap", async () => {
    const tight = appWith({ KG_EXPORT_MAX_NODES: "10" });
    const res = await exportAs("csv", { by: "query", query: "MATCH (n:Entity) RETURN n" }, tight);
    expect(res.status).toBe(413);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.headers["content-disposition"]).toBeUndefined();
    expect(JSON.parse((res.body as Buffer).toString("utf8")).code).toBe("EXPORT_TOO_LARGE");
    // The ends of returned relationships count too.
    const ends = await exportAs("json", { by: "query", query: "MATCH ()-[r]->() RETURN r" }, tight);
    expect(ends.status).toBe(413);
    const edges = await exportAs(
      "json",
      { by: "query", query: "MATCH ()-[r]->() RETURN r" },
      appWith({ KG_EXPORT_MAX_EDGES: "5" }),
    );
    expect(edges.status).toBe(413);
  });

  it("should hold every node of a result far beyond the table's row cap", async () => {
    const { n } = await readOne<{ n: number }>("MATCH (n:Entity) RETURN count(n) AS n");
    const res = await exportAs("json", {
      by: "query",
      query: "UNWIND range(1, 100) AS i MATCH (n:Entity) RETURN i, n",
    });
    expect(res.status).toBe(200);
    expect(Number(res.headers["x-export-nodes"])).toBe(n);
    const g = new Graph({ multi: true });
    g.import(JSON.parse((res.body as Buffer).toString("utf8")));
    expect(g.order).toBe(n);
  });
});
