// POST /api/cypher, GET /api/sources and GET /api/queries against the real Neo4j seeded with the article.
import type { AddressInfo } from "node:net";
import request from "supertest";
import { afterAll, describe, expect, inject, it } from "vitest";
import { readEnv } from "../../server/config/env";
import { createApp } from "../../server/http/app";
import { createLogger } from "../../server/log/logger";
import { toPlain } from "../../server/neo4j/values";
import { testDb } from "../helpers/db";

const db = testDb();
/** Tight row and node caps, the default timeout: no answer here depends on how fast the machine is. */
const app = createApp({
  db,
  connection: inject("neo4j"),
  env: readEnv({ KG_CYPHER_MAX_ROWS: "5", KG_CYPHER_MAX_NODES: "50" }),
  logger: createLogger("silent"),
});

/** The same app with the default limits, for queries that must not hit the tight test caps. */
const roomy = createApp({ db, connection: inject("neo4j"), env: readEnv({}), logger: createLogger("silent") });

/** A 300 ms timeout, only for a query that can never finish in time (EXPLAIN or the run: either answers 504). */
const hasty = createApp({
  db,
  connection: inject("neo4j"),
  env: readEnv({ KG_CYPHER_TIMEOUT_MS: "300" }),
  logger: createLogger("silent"),
});

afterAll(() => db.close());

const cypher = (query: string, params?: Record<string, unknown>, on = app) =>
  request(on)
    .post("/api/cypher")
    .send(params ? { query, params } : { query });

describe("POST /api/cypher", () => {
  it("should answer 400 for a missing or empty query and for unknown fields", async () => {
    expect((await request(app).post("/api/cypher").send({})).status).toBe(400);
    const empty = await cypher("   ");
    expect(empty.status).toBe(400);
    expect(empty.body.issues[0]).toMatchObject({ location: "body", path: ["query"] });
    expect((await request(app).post("/api/cypher").send({ query: "RETURN 1", limit: 3 })).status).toBe(400);
  });

  it("should answer a syntax error with 400, Neo4j's message, and the line and column in the query", async () => {
    const res = await cypher("MATCH (n)\nWHERE n.id = 'x'\nRETURN n LIMT 3");
    expect(res.status).toBe(400);
    expect(res.body.code).toBe("CYPHER_INVALID");
    expect(res.body.detail).toMatch(/Invalid input/);
    expect(res.body).toMatchObject({ line: 3 });
    expect(res.body.column).toBeGreaterThan(0);
  });

  it.each([
    ["CREATE (n:Intruder {id: 'x'}) RETURN n", "CYPHER_NOT_READ_ONLY"],
    ["MATCH (n:Entity {id: 'org:deepseek'}) SET n.name = 'x' RETURN n", "CYPHER_NOT_READ_ONLY"],
    ["MATCH (n) DETACH DELETE n", "CYPHER_NOT_READ_ONLY"],
    ["CREATE INDEX x IF NOT EXISTS FOR (n:Entity) ON (n.name)", "CYPHER_ADMIN_NOT_ALLOWED"],
    ["SHOW USERS", "CYPHER_ADMIN_NOT_ALLOWED"],
    ["MATCH (n) RETURN n; MATCH (n) DETACH DELETE n", "CYPHER_MULTIPLE_STATEMENTS"],
    ["LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", "CYPHER_LOAD_CSV_NOT_ALLOWED"],
    ["USE system SHOW DATABASES", "CYPHER_USE_NOT_ALLOWED"],
    ["CALL dbms.listConfig()", "CYPHER_PROCEDURE_NOT_ALLOWED"],
    ["UNWIND [1] AS x CALL (x) { CREATE (:Intruder) } IN TRANSACTIONS RETURN x", "CYPHER_IN_TRANSACTIONS_NOT_ALLOWED"],
  ])("should refuse %s with 403 %s and a reason", async (query, code) => {
    const res = await cypher(query);
    expect(res.status).toBe(403);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe(code);
    expect(res.body.detail.length).toBeGreaterThan(10);
  });

  it("should have written nothing while refusing", async () => {
    const r = await db.read("MATCH (n:Intruder) RETURN count(n) AS n");
    expect(toPlain(r.records[0]?.get("n"))).toBe(0);
    const name = await db.read("MATCH (n:Entity {id: 'org:deepseek'}) RETURN n.name AS name");
    expect(name.records[0]?.get("name")).toBe("DeepSeek");
  });

  it("should run a read with parameters and answer rows and a graph", async () => {
    const res = await cypher(
      "MATCH (a:Entity {id: $id})-[r:DEVELOPED]->(m) RETURN a.name AS name, r, m ORDER BY m.id",
      {
        id: "org:deepseek",
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.columns).toEqual(["name", "r", "m"]);
    expect(res.body.rows).toHaveLength(2);
    expect(res.body.rows[0][0]).toEqual({ $type: "String", _value: "DeepSeek" });
    expect(res.body.rows[0].map((c: { $type: string }) => c.$type)).toEqual(["String", "Relationship", "Node"]);
    expect(res.body.truncated).toBe(false);
    const keys = res.body.graph.nodes.map((n: { key: string }) => n.key).sort();
    expect(keys).toEqual(["model:deepseek-r1", "model:deepseek-v3", "org:deepseek"]);
    expect(res.body.graph.edges).toHaveLength(2);
    expect(res.body.graph.edges[0].attributes.evidence[0].quote.length).toBeGreaterThan(1);
  });

  it("should give every edge and claim of the graph its independent support, added after the worker answers", async () => {
    const res = await cypher(
      "MATCH (c:Claim)-[a:ABOUT]->(e:Entity {id: $id}) OPTIONAL MATCH (e)-[r]->(m:Entity) RETURN c, a, e, r, m",
      { id: "org:deepseek" },
      roomy,
    );
    expect(res.status).toBe(200);
    type Element = { attributes: { sourceIds: string[]; independentSupport?: number; kind?: string } };
    const edges: Element[] = res.body.graph.edges;
    const claims = (res.body.graph.nodes as Element[]).filter((n) => n.attributes.kind === "claim");
    expect(edges.length).toBeGreaterThan(0);
    expect(claims.length).toBeGreaterThan(0);
    for (const e of [...edges, ...claims]) {
      // Quotes of one document count once: at least one independent source, at most one per distinct source.
      const support = e.attributes.independentSupport;
      expect(Number.isInteger(support)).toBe(true);
      expect(support).toBeGreaterThanOrEqual(1);
      expect(support).toBeLessThanOrEqual(new Set(e.attributes.sourceIds).size);
    }
  });

  it("should bring in the ends of returned relationships and key id-less values by elementId", async () => {
    const res = await cypher("MATCH (:Entity {id: 'org:nvidia'})-[r]->() RETURN r");
    expect(res.body.graph.nodes.map((n: { key: string }) => n.key)).toContain("org:nvidia");
    expect(res.body.graph.edges.length).toBe(res.body.rows.length);
  });

  it("should allow schema introspection procedures", async () => {
    const res = await cypher("CALL db.labels() YIELD label RETURN label ORDER BY label");
    expect(res.status).toBe(200);
    expect(res.body.rows.map((r: { _value: string }[]) => r[0]?._value)).toEqual(
      expect.arrayContaining(["Entity", "Claim"]),
    );
  });

  it("should cut rows at the configured cap and say so", async () => {
    const res = await cypher("UNWIND range(1, 100) AS x RETURN x");
    expect(res.status).toBe(200);
    expect(res.body.rows).toHaveLength(5);
    expect(res.body).toMatchObject({ truncated: true, truncatedReason: "rows" });
    expect(res.body.limits).toEqual({ maxRows: 5, maxNodes: 50, maxBytes: 4 * 1024 * 1024, timeoutMs: 10_000 });
  });

  it("should cut the graph at the configured node cap and say so", async () => {
    const res = await cypher("MATCH (n) RETURN collect(n) AS everything");
    expect(res.status).toBe(200);
    expect(res.body.rows).toHaveLength(1);
    expect(res.body.graph.nodes).toHaveLength(50);
    expect(res.body).toMatchObject({ truncated: true, truncatedReason: "nodes" });
  });

  it("should cancel the query in Neo4j when the client goes away", async () => {
    const patient = createApp({
      db,
      connection: inject("neo4j"),
      env: readEnv({ KG_CYPHER_TIMEOUT_MS: "120000" }),
      logger: createLogger("silent"),
    });
    const server = patient.listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    const running = async () =>
      (
        await db.read(
          "SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE metaData.purpose = 'cypher-gate' RETURN currentQuery",
        )
      ).records.length;
    try {
      const controller = new AbortController();
      const { port } = server.address() as AddressInfo;
      const answer = fetch(`http://127.0.0.1:${port}/api/cypher`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "UNWIND range(1, 5000000000) AS x WITH x WHERE x % 3 = 1 RETURN count(x) AS n" }),
        signal: controller.signal,
      }).catch((error: Error) => error.name);
      await expect.poll(running, { timeout: 10_000, interval: 100 }).toBe(1);
      controller.abort();
      expect(await answer).toBe("AbortError");
      await expect.poll(running, { timeout: 10_000, interval: 100 }).toBe(0);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });

  it("should stop a query that runs past the timeout with 504", async () => {
    // About 9.2e18 rows: no machine counts them in 300 ms, so the answer is 504 however fast EXPLAIN and the run are.
    const res = await cypher(
      "UNWIND range(1, 9223372036854775807) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n",
      undefined,
      hasty,
    );
    expect(res.status).toBe(504);
    expect(res.body.code).toBe("CYPHER_TIMEOUT");
  });
});

describe("GET /api/sources", () => {
  it("should answer 400 for a malformed id and 404 for an unknown one", async () => {
    expect((await request(app).get("/api/sources/NOT%20VALID")).status).toBe(400);
    const res = await request(app).get("/api/sources/no-such-source");
    expect(res.status).toBe(404);
    expect(res.body.code).toBe("NOT_FOUND");
  });

  it("should list the sources with their evidence counts", async () => {
    const res = await request(app).get("/api/sources");
    expect(res.status).toBe(200);
    const bofa = res.body.sources.find((s: { id: string }) => s.id === "bofa-china-ai-capex");
    expect(bofa).toMatchObject({ language: "ar", length: expect.any(Number) });
    expect(bofa.evidenceCount).toBeGreaterThan(100);
  });

  it("should return the text, metadata, translation and every span, each span a substring of the text", async () => {
    const res = await request(app).get("/api/sources/bofa-china-ai-capex");
    expect(res.status).toBe(200);
    const stored = await db.read(
      "MATCH (s:Source {id: 'bofa-china-ai-capex'}) RETURN s.text AS text, " +
        "COUNT { MATCH ()-[r]->() UNWIND r.quotes AS q RETURN q } + COUNT { MATCH (c:Claim) UNWIND c.quotes AS q RETURN q } AS spans",
    );
    expect(res.body.text).toBe(stored.records[0]?.get("text"));
    expect(res.body.spans).toHaveLength(toPlain(stored.records[0]?.get("spans")) as number);
    for (const s of res.body.spans) expect(res.body.text.slice(s.start, s.end)).toBe(s.quote);
    expect(res.body.cites.map((c: { publisher: string }) => c.publisher)).toContain("Bank of America");
    expect(res.body.translation.segments.length).toBeGreaterThan(5);
    for (const seg of res.body.translation.segments) expect(res.body.text.slice(seg.start, seg.end)).toBe(seg.original);
  });
});

describe("GET /api/queries", () => {
  it("should answer 404 for an unknown sub-path", async () => {
    expect((await request(app).get("/api/queries/nope")).status).toBe(404);
  });

  it("should list the query library with each query's parameters, every one runnable through the gate", async () => {
    const res = await request(app).get("/api/queries");
    expect(res.status).toBe(200);
    expect(res.body.queries.length).toBeGreaterThan(5);
    const paths = res.body.queries.find((q: { id: string }) => q.id === "paths-between");
    expect(paths.params.map((p: { name: string }) => p.name)).toEqual(["fromId", "toId"]);
    for (const q of res.body.queries) {
      const params = Object.fromEntries(
        q.params.map((p: { name: string; example?: unknown }) => [p.name, p.example ?? null]),
      );
      const run = await cypher(q.cypher, params, roomy);
      expect(run.status, `${q.id}: ${run.body.detail}`).toBe(200);
    }
  });
});
