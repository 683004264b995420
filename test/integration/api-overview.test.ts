// GET /api/overview against the real Neo4j seeded with the article: limits, counts, and the threshold.
import { OverviewResponse } from "@domain/contracts/overview";
import request from "supertest";
import { afterAll, describe, expect, inject, it } from "vitest";
import { readEnv } from "../../server/config/env";
import { createApp } from "../../server/http/app";
import { createLogger } from "../../server/log/logger";
import { toPlain } from "../../server/neo4j/values";
import { deleteNamespace, testDb, testNamespace } from "../helpers/db";

const db = testDb();
const appWith = (env: Record<string, string>) =>
  createApp({ db, connection: inject("neo4j"), env: readEnv(env), logger: createLogger("silent") });
const app = appWith({ KG_OVERVIEW_ABOVE: "50" });

afterAll(() => db.close());

async function count(query: string): Promise<number> {
  return toPlain((await db.read(query)).records[0]?.get(0)) as number;
}

describe("GET /api/overview", () => {
  it("should answer 400 naming limit when it is not a whole number from 1 to 20000", async () => {
    for (const limit of ["0", "20001", "abc", "1.5"]) {
      const res = await request(app).get(`/api/overview?limit=${limit}`);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe("VALIDATION_FAILED");
      expect(res.body.issues.map((i: { path: unknown[] }) => i.path)).toContainEqual(["limit"]);
    }
  });

  it("should refuse a KG_OVERVIEW_ABOVE that is not a positive whole number", () => {
    expect(() => readEnv({ KG_OVERVIEW_ABOVE: "0" })).toThrow(/KG_OVERVIEW_ABOVE/);
  });

  it("should count the whole graph and leave nothing out at or below the threshold", async () => {
    const res = await request(appWith({})).get("/api/overview");
    expect(res.status).toBe(200);
    const body = OverviewResponse.parse(res.body);
    expect(body).toMatchObject({ overview: false, above: 100_000, limit: 20_000 });
    expect(body.total.nodes).toBe(await count("MATCH (n) WHERE n:Entity OR n:Claim OR n:Source RETURN count(n)"));
    expect(body.total.relationships).toBe(await count("MATCH ()-[r]->() RETURN count(r)"));
    expect(body.total.nodesByLabel.Entity).toBe(await count("MATCH (n:Entity) RETURN count(n)"));
    expect(body.shown).toEqual(body.total);
    expect(body.leftOut.nodes).toBe(0);
    expect(body.leftOut.relationships).toBe(0);
  });

  it("should above the threshold show the `limit` nodes /api/graph sends and count what is left out", async () => {
    const res = await request(app).get("/api/overview?limit=10");
    expect(res.status).toBe(200);
    const body = OverviewResponse.parse(res.body);
    expect(body).toMatchObject({ overview: true, above: 50, limit: 10 });
    expect(body.shown.nodes).toBe(10);
    const graph = await request(app).get("/api/graph?limit=10");
    expect(graph.body.graph.nodes).toHaveLength(10);
    expect(body.shown.relationships).toBe(graph.body.graph.edges.length);
    expect(Object.values(body.shown.nodesByLabel).reduce((x, y) => x + y, 0)).toBe(10);
    expect(body.leftOut.nodes).toBe(body.total.nodes - 10);
    expect(body.leftOut.relationships).toBe(body.total.relationships - body.shown.relationships);
    for (const [label, n] of Object.entries(body.total.nodesByLabel)) {
      expect((body.shown.nodesByLabel[label] ?? 0) + (body.leftOut.nodesByLabel[label] ?? 0)).toBe(n);
    }
    for (const [type, n] of Object.entries(body.total.relationshipsByType)) {
      expect((body.shown.relationshipsByType[type] ?? 0) + (body.leftOut.relationshipsByType[type] ?? 0)).toBe(n);
    }
  });

  it("should count only the relationships the graph sends when the shown nodes hold more than limit × 5", async () => {
    // Twelve entities, the most connected of the graph, with every one of their 132 ordered pairs related: the graph
    // sends 60 of those (12 × 5), and the overview counts those 60.
    const ns = testNamespace();
    try {
      await db.write(
        `UNWIND range(1, 12) AS i CREATE (:Entity {id: $ns + ':dense-' + i, name: 'Dense ' + i, type: 'organization', degree: 1000000})
         WITH count(*) AS made
         MATCH (a:Entity), (b:Entity) WHERE a.id STARTS WITH $ns + ':' AND b.id STARTS WITH $ns + ':' AND a <> b
         CREATE (a)-[:PARTNERS_WITH]->(b)`,
        { ns },
      );
      const res = await request(app).get("/api/overview?limit=12");
      const body = OverviewResponse.parse(res.body);
      const graph = await request(app).get("/api/graph?limit=12");
      expect(graph.body.graph.nodes).toHaveLength(12);
      expect(graph.body.graph.edges).toHaveLength(60);
      expect(body.shown.relationships).toBe(60);
      expect(body.shown.relationshipsByType).toEqual({ PARTNERS_WITH: 60 });
      expect(body.leftOut.relationships).toBe(body.total.relationships - 60);
    } finally {
      await deleteNamespace(db, ns);
    }
  });
});
