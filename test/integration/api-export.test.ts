// POST /api/export against the seeded Neo4j: every format round-trips, with counts and every quote matching Neo4j.
import { strFromU8, unzipSync } from "fflate";
import Graph from "graphology";
import * as gexf from "graphology-gexf";
import * as graphml from "graphology-graphml";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readEnv } from "../../server/config/env";
import { createApp } from "../../server/http/app";
import { createLogger } from "../../server/log/logger";
import { cypher, statements as schemaStatements } from "../../server/neo4j/cypherFiles";
import { toPlain } from "../../server/neo4j/values";
import { testDb } from "../helpers/db";

const db = testDb();
const app = createApp({ db, connection: inject("neo4j"), env: readEnv({}), logger: createLogger("silent") });

interface StoredEdge {
  key: string;
  evidence: { sourceId: string; quote: string; start: number; end: number }[];
}

/** What Neo4j holds for the depth-2 neighborhood of DeepSeek (sources never crossed), computed independently. */
let expectedNodes: string[] = [];
let expectedEdges = new Map<string, StoredEdge>();

beforeAll(async () => {
  const result = await db.read(`
    MATCH (x:Entity {id: 'org:deepseek'})
    MATCH p = (x)-[*0..2]-(m) WHERE none(n IN nodes(p) WHERE n:Source)
    WITH collect(DISTINCT m) AS ns
    UNWIND ns AS a
    OPTIONAL MATCH (a)-[r]->(b) WHERE b IN ns
    WITH ns, collect(CASE WHEN r IS NULL THEN null ELSE {
      key: a.id + '|' + type(r) + '|' + b.id, sourceIds: r.sourceIds, quotes: r.quotes, starts: r.starts, ends: r.ends
    } END) AS edges
    RETURN [n IN ns | n.id] AS nodes, edges`);
  const row = toPlain(result.records[0]?.toObject()) as {
    nodes: string[];
    edges: { key: string; sourceIds: string[]; quotes: string[]; starts: number[]; ends: number[] }[];
  };
  expectedNodes = row.nodes.sort();
  expectedEdges = new Map(
    row.edges.map((e) => [
      e.key,
      {
        key: e.key,
        evidence: e.quotes.map((quote, i) => ({
          sourceId: e.sourceIds[i] as string,
          quote,
          start: e.starts[i] as number,
          end: e.ends[i] as number,
        })),
      },
    ]),
  );
});

afterAll(() => db.close());

const neighborhood = { by: "neighborhood", id: "org:deepseek", depth: 2 };

const exportAs = (format: string, select: unknown = neighborhood, extra: Record<string, unknown> = {}) =>
  request(app)
    .post("/api/export")
    .send({ format, select, ...extra })
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => done(null, Buffer.concat(chunks)));
    });

/** Node keys, edge keys and the evidence of every edge match what Neo4j holds. */
function expectSameAsNeo4j(nodes: string[], edges: Map<string, unknown[]>) {
  expect(nodes.sort()).toEqual(expectedNodes);
  expect([...edges.keys()].sort()).toEqual([...expectedEdges.keys()].sort());
  for (const [key, evidence] of edges) {
    const stored = expectedEdges.get(key)?.evidence ?? [];
    expect(evidence.map((e) => ({ ...(e as object), gloss: undefined }))).toEqual(
      stored.map((e) => ({ ...e, gloss: undefined })),
    );
  }
}

describe("POST /api/export", () => {
  it("should answer 400 for an unknown format, a bad selection or a depth out of range", async () => {
    for (const body of [
      { format: "pdf", select: neighborhood },
      { format: "gexf", select: { by: "ids", ids: [] } },
      { format: "gexf", select: { by: "neighborhood", id: "org:deepseek", depth: 9 } },
      { format: "gexf", select: { by: "everything" } },
    ]) {
      const res = await request(app).post("/api/export").send(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code).toBe("VALIDATION_FAILED");
      expect(res.body.issues[0].location).toBe("body");
    }
  });

  it("should answer 404 for nodes that do not exist", async () => {
    expect((await exportAs("json", { by: "ids", ids: ["org:none"] })).status).toBe(404);
    expect((await exportAs("json", { by: "neighborhood", id: "org:none", depth: 1 })).status).toBe(404);
  });

  it("should refuse a writing query with 403, as POST /api/cypher does", async () => {
    const res = await request(app)
      .post("/api/export")
      .send({ format: "json", select: { by: "query", query: "MATCH (n) DETACH DELETE n" } });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe("CYPHER_NOT_READ_ONLY");
  });

  it("should write GEXF 1.3 that graphology parses with every evidence attribute intact", async () => {
    const res = await exportAs("gexf");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/gexf\+xml/);
    expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="kg-export-[0-9TZ-]+\.gexf"$/);
    const xml = (res.body as Buffer).toString("utf8");
    expect(xml).toContain('version="1.3"');
    const g = gexf.parse(Graph, xml);
    const edges = new Map<string, unknown[]>();
    g.forEachEdge((_e, a, source, target) => {
      edges.set(`${source}|${a.type}|${target}`, JSON.parse(a.evidence));
      expect(a.quotes.length).toBeGreaterThan(0);
    });
    expectSameAsNeo4j(g.nodes(), edges);
    expect(g.getAttribute("description")).toContain("Sources cited (1):\n[bofa-china-ai-capex] ");
    g.forEachNode((_n, a) => {
      if (a.kind === "claim") expect(JSON.parse(a.evidence).length).toBeGreaterThan(0);
    });
  });

  it("should write GraphML that graphology parses with the same nodes, edges and evidence", async () => {
    const res = await exportAs("graphml");
    expect(res.status).toBe(200);
    const g = graphml.parse(Graph, (res.body as Buffer).toString("utf8"));
    const edges = new Map<string, unknown[]>();
    g.forEachEdge((_e, a, source, target) => edges.set(`${source}|${a.type}|${target}`, JSON.parse(a.evidence)));
    expectSameAsNeo4j(g.nodes(), edges);
    expect(JSON.parse(g.getAttribute("sources"))[0].title.length).toBeGreaterThan(0);
  });

  it("should write graphology JSON with evidence objects and the bibliography", async () => {
    const res = await exportAs("json");
    expect(res.status).toBe(200);
    const g = new Graph();
    g.import(JSON.parse((res.body as Buffer).toString("utf8")));
    const edges = new Map<string, unknown[]>();
    g.forEachEdge((_e, a, source, target) => edges.set(`${source}|${a.type}|${target}`, a.evidence));
    expectSameAsNeo4j(g.nodes(), edges);
    expect(g.getAttribute("sources")[0].id).toBe("bofa-china-ai-capex");
  });

  it("should write a zip of nodes, edges and sources CSV files", async () => {
    const res = await exportAs("csv");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/zip");
    const files = unzipSync(new Uint8Array(res.body as Buffer));
    const edgesCsv = strFromU8(files["edges.csv"] as Uint8Array);
    const nodesCsv = strFromU8(files["nodes.csv"] as Uint8Array);
    for (const key of expectedEdges.keys()) expect(edgesCsv).toContain(`${key},`);
    for (const key of expectedNodes) expect(nodesCsv).toContain(`\r\n${key},`);
    // RFC 4180 doubles the quotation marks inside a field.
    for (const e of expectedEdges.values()) {
      for (const ev of e.evidence) expect(edgesCsv).toContain(ev.quote.replaceAll('"', '""'));
    }
    expect(strFromU8(files["sources.csv"] as Uint8Array)).toContain("bofa-china-ai-capex");
  });

  it("should write a Cypher script whose every statement Neo4j accepts, carrying every quote", async () => {
    const res = await exportAs("cypher");
    expect(res.status).toBe(200);
    const script = (res.body as Buffer).toString("utf8");
    const statements = script
      .split(";\n")
      .map((s) => s.replace(/^(\/\/[^\n]*\n)+/, "").trim())
      .filter((s) => s.length > 0);
    // The schema (cypher/schema.cypher), the cited source, then one statement per node and per relationship.
    expect(statements.length).toBe(
      schemaStatements(cypher("schema")).length + 1 + expectedNodes.length + expectedEdges.size,
    );
    // A few at a time: a hundred at once would wait on the driver's connection pool.
    for (let i = 0; i < statements.length; i += 8) {
      await Promise.all(statements.slice(i, i + 8).map((statement) => db.read(`EXPLAIN ${statement}`)));
    }
    for (const e of expectedEdges.values())
      for (const ev of e.evidence) expect(script).toContain(ev.quote.slice(0, 20));
    expect(script).toContain("MERGE (s:`Source` {id: 'bofa-china-ai-capex'})");
  });

  it("should export the subgraph between given ids, and a query's result", async () => {
    const ids = await exportAs(
      "json",
      { by: "ids", ids: ["org:deepseek", "org:alibaba", "country:china"] },
      { includeClaims: false },
    );
    const g = new Graph({ multi: true });
    g.import(JSON.parse((ids.body as Buffer).toString("utf8")));
    expect(g.nodes().sort()).toEqual(["country:china", "org:alibaba", "org:deepseek"]);
    expect(g.edges().sort()).toEqual(["org:alibaba|BASED_IN|country:china", "org:deepseek|BASED_IN|country:china"]);

    const byQuery = await exportAs("json", {
      by: "query",
      query: "MATCH (a:Entity {id: $id})-[r]-(b) RETURN a, r, b",
      params: { id: "org:tencent" },
    });
    expect(byQuery.status).toBe(200);
    const q = new Graph({ multi: true });
    q.import(JSON.parse((byQuery.body as Buffer).toString("utf8")));
    const degree = await db.read("MATCH (:Entity {id: 'org:tencent'})-[r]-() RETURN count(r) AS n");
    expect(q.size).toBe(toPlain(degree.records[0]?.get("n")));
  });
});
