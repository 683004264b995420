// GET /api/graph and GET /api/search against the real Neo4j seeded with the article.

import { WireGraph } from "@domain/contracts/wire";
import Graph from "graphology";
import request from "supertest";
import { afterAll, describe, expect, inject, it } from "vitest";
import { readEnv } from "../../server/config/env";
import { createApp } from "../../server/http/app";
import { createLogger } from "../../server/log/logger";
import { toPlain } from "../../server/neo4j/values";
import { testDb } from "../helpers/db";

const db = testDb();
const app = createApp({ db, connection: inject("neo4j"), env: readEnv({}), logger: createLogger("silent") });

afterAll(() => db.close());

async function count(query: string): Promise<number> {
  const r = await db.read(query);
  return toPlain(r.records[0]?.get(0)) as number;
}

describe("GET /api/graph", () => {
  it("should answer 400 naming the parameter for invalid filters", async () => {
    const res = await request(app).get("/api/graph?limit=abc&entityTypes=not-a-type");
    expect(res.status).toBe(400);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe("VALIDATION_FAILED");
    expect(res.body.issues.map((i: { path: unknown[] }) => i.path)).toEqual(
      expect.arrayContaining([["limit"], ["entityTypes", 0]]),
    );
  });

  it("should answer an empty graph, not 404, for a type nothing has", async () => {
    const res = await request(app).get("/api/graph?entityTypes=Spaceship&claims=false&sources=false");
    expect(res.status).toBe(200);
    expect(res.body.graph.nodes).toEqual([]);
    expect(res.body.totals).toEqual({ nodes: 0, edges: 0 });
  });

  it("should return the whole graph in graphology's format, with counts and quotes matching Neo4j", async () => {
    const res = await request(app).get("/api/graph?limit=20000");
    expect(res.status).toBe(200);
    expect(WireGraph.safeParse(res.body.graph).success).toBe(true);
    const nodes = await count("MATCH (n) WHERE n:Entity OR n:Claim OR n:Source RETURN count(n)");
    const edges = await count(
      "MATCH (a)-[r]->(b) WHERE (a:Entity OR a:Claim OR a:Source) AND (b:Entity OR b:Claim OR b:Source) RETURN count(r)",
    );
    expect(res.body.truncated).toBe(false);
    expect(res.body.totals).toEqual({ nodes, edges });
    const graph = new Graph({ multi: true, type: "directed" });
    graph.import(res.body.graph);
    expect([graph.order, graph.size]).toEqual([nodes, edges]);
    const quotes = await db.read("MATCH ()-[r]->() UNWIND r.quotes AS q RETURN count(q) AS n");
    const served = res.body.graph.edges.reduce((n: number, e: { attributes: { evidence: unknown[] } }) => {
      expect(e.attributes.evidence.length).toBeGreaterThan(0);
      return n + e.attributes.evidence.length;
    }, 0);
    expect(served).toBe(toPlain(quotes.records[0]?.get("n")));
  });

  it("should cap at limit, most connected first, and say so with totals", async () => {
    const res = await request(app).get("/api/graph?limit=5");
    expect(res.status).toBe(200);
    expect(res.body.graph.nodes).toHaveLength(5);
    expect(res.body.truncated).toBe(true);
    expect(res.body.totals.nodes).toBeGreaterThan(5);
    expect(res.body.totals.edges).toBeGreaterThan(res.body.graph.edges.length);
  });

  it("should filter by entity type, relation type and source", async () => {
    const orgs = await request(app).get("/api/graph?entityTypes=Organization&claims=false&sources=false");
    const types = new Set(orgs.body.graph.nodes.map((n: { attributes: { type: string } }) => n.attributes.type));
    expect([...types]).toEqual(["Organization"]);
    expect(orgs.body.graph.nodes.map((n: { key: string }) => n.key)).toEqual(
      expect.arrayContaining(["org:deepseek", "org:alibaba", "org:tencent"]),
    );

    const based = await request(app).get("/api/graph?relationTypes=BASED_IN&claims=false&sources=false");
    expect(based.body.graph.edges.length).toBeGreaterThan(0);
    for (const e of based.body.graph.edges) expect(e.attributes.type).toBe("BASED_IN");

    const none = await request(app).get("/api/graph?sourceIds=no-such-source");
    expect(none.body.graph.nodes).toEqual([]);
    const seeded = await request(app).get("/api/graph?sourceIds=bofa-china-ai-capex");
    expect(seeded.body.graph.nodes.length).toBeGreaterThan(30);
  });

  it("should filter claims by period", async () => {
    const res = await request(app).get("/api/graph?from=2026&entityTypes=Nothing&sources=false");
    const claims = res.body.graph.nodes.filter((n: { attributes: { kind: string } }) => n.attributes.kind === "claim");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect((c.attributes.periodEnd ?? c.attributes.periodStart) >= "2026").toBe(true);
  });
});

describe("GET /api/search", () => {
  it("should answer 400 for an empty or missing query", async () => {
    expect((await request(app).get("/api/search")).status).toBe(400);
    const res = await request(app).get("/api/search?q=%20%20");
    expect(res.status).toBe(400);
    expect(res.body.issues[0]).toMatchObject({ location: "query", path: ["q"] });
  });

  it("should answer no hits, not 404, for a name nobody has", async () => {
    const res = await request(app).get("/api/search").query({ q: "zzqqxx" });
    expect(res.status).toBe(200);
    expect(res.body.hits).toEqual([]);
  });

  it("should find Tencent by its Arabic and its English name", async () => {
    for (const q of ["تنسنت", "tencent", "Tencent", "تينسنت"]) {
      const res = await request(app).get("/api/search").query({ q });
      expect(res.status).toBe(200);
      expect(res.body.hits[0]).toMatchObject({ id: "org:tencent", match: "exact" });
    }
  });

  it("should normalise Arabic: alef forms, taa marbuta, tatweel and a missing space", async () => {
    for (const q of ["الولاياتالمتحدة", "الولايات المتحده", "الولايـــات المتحدة", "إنفيديا", "انفيديا"]) {
      const res = await request(app).get("/api/search").query({ q });
      expect(res.body.hits.length, q).toBeGreaterThan(0);
    }
    const us = await request(app).get("/api/search").query({ q: "الولاياتالمتحدة" });
    expect(us.body.hits[0].id).toBe("country:united-states");
  });

  it("should match prefixes and tolerate typos, ranking exact before prefix before fuzzy", async () => {
    const prefix = await request(app).get("/api/search").query({ q: "alib" });
    expect(prefix.body.hits[0]).toMatchObject({ id: "org:alibaba", match: "prefix" });
    for (const q of ["tencnet", "rencent", "tensent", "alibbaa", "تنسمت"]) {
      const typo = await request(app).get("/api/search").query({ q });
      expect(typo.body.hits[0]?.match, q).toBe("fuzzy");
      expect(typo.body.hits[0]?.id, q).toBe(q === "alibbaa" ? "org:alibaba" : "org:tencent");
    }
    const deepseek = await request(app).get("/api/search").query({ q: "deepseek" });
    expect(deepseek.body.hits[0]).toMatchObject({ id: "org:deepseek", match: "exact" });
    const scores = deepseek.body.hits.map((h: { score: number }) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("should tolerate a typo in a name of several words, with its last word still being typed", async () => {
    for (const q of ["Bank of Amerca", "Bnk of America", "bnk of amer", "Bank of Amreica"]) {
      const res = await request(app).get("/api/search").query({ q });
      expect(res.body.hits[0], q).toMatchObject({ id: "org:bank-of-america", match: "fuzzy" });
    }
  });

  it("should filter by entity type", async () => {
    const res = await request(app).get("/api/search").query({ q: "deepseek", types: "AIModel" });
    expect(res.body.hits.length).toBeGreaterThan(0);
    for (const h of res.body.hits) expect(h.type).toBe("AIModel");
  });
});
