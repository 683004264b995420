// GET /api/nodes/:id, /api/nodes/:id/neighbors and /api/paths against the real Neo4j seeded with the article.
import request from "supertest";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readEnv } from "../../server/config/env";
import { createApp } from "../../server/http/app";
import { createLogger } from "../../server/log/logger";
import { toPlain } from "../../server/neo4j/values";
import { testDb } from "../helpers/db";

const db = testDb();
const app = createApp({ db, connection: inject("neo4j"), env: readEnv({}), logger: createLogger("silent") });
let article = "";

beforeAll(async () => {
  const r = await db.read("MATCH (s:Source {id: 'bofa-china-ai-capex'}) RETURN s.text AS text");
  article = r.records[0]?.get("text") as string;
});

afterAll(() => db.close());

interface Ev {
  sourceId: string;
  quote: string;
  start: number;
  end: number;
  before?: string;
  after?: string;
}

const expectInArticle = (e: Ev) => {
  expect(e.sourceId).toBe("bofa-china-ai-capex");
  expect(article.slice(e.start, e.end)).toBe(e.quote);
};

describe("GET /api/nodes/:id", () => {
  it("should answer 400 for an id that cannot exist, and 404 for one that does not", async () => {
    const bad = await request(app).get("/api/nodes/Not%20An%20Id");
    expect(bad.status).toBe(400);
    expect(bad.body.issues[0]).toMatchObject({ location: "params", path: ["id"] });
    const missing = await request(app).get("/api/nodes/org:no-such-org");
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: "NOT_FOUND", status: 404 });
  });

  it("should return an entity with its properties, claims and relations, every quote placed in its source", async () => {
    const res = await request(app).get("/api/nodes/org:deepseek");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: "org:deepseek",
      attributes: { kind: "entity", label: "DeepSeek", labelAr: "ديب سيك" },
    });
    expect(res.body.properties).toMatchObject({ name: "DeepSeek", type: "Organization" });
    expect(res.body.properties).not.toHaveProperty("searchKeys");
    const degree = await db.read("MATCH (n:Entity {id: 'org:deepseek'}) RETURN COUNT { (n)--() } AS d");
    expect(res.body.degree).toBe(toPlain(degree.records[0]?.get("d")));
    expect(res.body.relations).toHaveLength(res.body.degree);
    expect(res.body.claims.length).toBeGreaterThan(0);
    const developed = res.body.relations.find(
      (r: { key: string }) => r.key === "org:deepseek|DEVELOPED|model:deepseek-v3",
    );
    expect(developed).toMatchObject({ direction: "out", otherId: "model:deepseek-v3" });
    for (const r of res.body.relations) for (const e of r.evidence) expectInArticle(e);
    for (const c of res.body.claims) {
      expect(c.evidence.length).toBeGreaterThan(0);
      for (const e of c.evidence) {
        expectInArticle(e);
        expect(article.slice(Math.max(0, e.start - e.before.length), e.start)).toBe(e.before);
        expect(article.slice(e.end, e.end + e.after.length)).toBe(e.after);
      }
    }
  });

  it("should return a claim with its own evidence", async () => {
    const res = await request(app).get("/api/nodes/claim:china-ai-capex-2025-cny");
    expect(res.status).toBe(200);
    expect(res.body.attributes).toMatchObject({ kind: "claim", unit: "currency", currency: "CNY" });
    expect(res.body.evidence.length).toBe(3);
    for (const e of res.body.evidence) expectInArticle(e);
  });
});

describe("GET /api/nodes/:id/neighbors", () => {
  it("should answer 400 for a bad relation type or limit, and 404 for an unknown node", async () => {
    const bad = await request(app).get("/api/nodes/country:china/neighbors?relationTypes=based_in&limit=0");
    expect(bad.status).toBe(400);
    expect(bad.body.issues.length).toBe(2);
    expect((await request(app).get("/api/nodes/country:atlantis/neighbors")).status).toBe(404);
  });

  it("should page through neighbors with totals and more-available counts", async () => {
    const total = toPlain(
      (await db.read("MATCH (n:Entity {id: 'country:china'})-[r]-() RETURN count(r) AS n")).records[0]?.get("n"),
    ) as number;
    const first = await request(app).get("/api/nodes/country:china/neighbors?limit=4");
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total, offset: 0, limit: 4, returned: 4, more: total - 4 });
    expect(first.body.graph.edges).toHaveLength(4);
    const sum = Object.values(first.body.countsByType as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(sum).toBe(total);
    const seen = new Set<string>();
    for (let offset = 0; offset < total; offset += 4) {
      const page = await request(app).get(`/api/nodes/country:china/neighbors?limit=4&offset=${offset}`);
      for (const e of page.body.graph.edges) seen.add(e.key);
    }
    expect(seen.size).toBe(total);
  });

  it("should filter by relation type and direction", async () => {
    const res = await request(app).get("/api/nodes/country:china/neighbors?relationTypes=BASED_IN&direction=in");
    expect(res.body.total).toBe(4);
    for (const e of res.body.graph.edges) {
      expect(e.attributes.type).toBe("BASED_IN");
      expect(e.target).toBe("country:china");
    }
    const out = await request(app).get("/api/nodes/country:china/neighbors?relationTypes=BASED_IN&direction=out");
    expect(out.body.total).toBe(0);
  });

  it("should answer concurrent requests (one batched query) exactly as it answers them one at a time", async () => {
    const paths = [
      "/api/nodes/country:china/neighbors?limit=5",
      "/api/nodes/country:atlantis/neighbors?limit=5",
      "/api/nodes/org:deepseek/neighbors?limit=5",
      "/api/nodes/country:china/neighbors?limit=5&relationTypes=BASED_IN&direction=in",
      "/api/nodes/org:alibaba/neighbors?limit=5",
      "/api/nodes/org:alibaba/neighbors?limit=3&offset=1",
    ];
    const alone = [];
    for (const path of paths) alone.push(await request(app).get(path));
    const together = await Promise.all(paths.map((path) => request(app).get(path)));
    expect(together.map((r) => r.status)).toEqual([200, 404, 200, 200, 200, 200]);
    expect(together.map((r) => r.body.graph ?? null)).toEqual(alone.map((r) => r.body.graph ?? null));
    expect(together.map((r) => r.body.total ?? null)).toEqual(alone.map((r) => r.body.total ?? null));
  });
});

describe("GET /api/paths", () => {
  it("should answer 400 without both ends, and 404 for an unknown end", async () => {
    const bad = await request(app).get("/api/paths?from=org:deepseek&k=99");
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: { path: string[] }) => i.path[0]).sort()).toEqual(["k", "to"]);
    const missing = await request(app).get("/api/paths?from=org:deepseek&to=org:nowhere");
    expect(missing.status).toBe(404);
  });

  it("should find DeepSeek to Alibaba, every edge carrying a quote found in the article", async () => {
    const res = await request(app).get("/api/paths?from=org:deepseek&to=org:alibaba&k=3");
    expect(res.status).toBe(200);
    expect(res.body.via).toBe("entities");
    expect(res.body.paths.length).toBeGreaterThan(0);
    const [shortest] = res.body.paths;
    expect(shortest.nodes[0]).toBe("org:deepseek");
    expect(shortest.nodes.at(-1)).toBe("org:alibaba");
    const lengths = res.body.paths.map((p: { length: number }) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    for (const p of res.body.paths) {
      expect(p.steps).toHaveLength(p.length);
      p.steps.forEach(
        (s: { source: string; target: string; direction: string; attributes: { evidence: Ev[] } }, i: number) => {
          const [from, to] = s.direction === "forward" ? [s.source, s.target] : [s.target, s.source];
          expect([from, to]).toEqual([p.nodes[i], p.nodes[i + 1]]);
          expect(s.attributes.evidence.length).toBeGreaterThan(0);
          for (const e of s.attributes.evidence) expectInArticle(e);
        },
      );
    }
    const keys = new Set(res.body.graph.nodes.map((n: { key: string }) => n.key));
    for (const p of res.body.paths) for (const n of p.nodes) expect(keys.has(n)).toBe(true);
  });

  it("should go through claims only when asked, or when no entity path exists", async () => {
    const res = await request(app).get("/api/paths?from=person:matty-zhao&to=model:deepseek-v3&via=claims&k=1");
    expect(res.status).toBe(200);
    expect(res.body.paths[0].nodes.some((n: string) => n.startsWith("claim:"))).toBe(true);
  });
});
