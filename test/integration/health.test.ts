// GET /api/health against the real test Neo4j.
import request from "supertest";
import { afterAll, describe, expect, inject, it } from "vitest";
import { readEnv } from "../../server/config/env";
import { createApp } from "../../server/http/app";
import { createLogger } from "../../server/log/logger";
import { testDb } from "../helpers/db";

const db = testDb();
const app = createApp({ db, connection: inject("neo4j"), env: readEnv({}), logger: createLogger("silent") });

afterAll(() => db.close());

describe("GET /api/health", () => {
  it("should answer 404 for an unknown health sub-path", async () => {
    const res = await request(app).get("/api/health/nope");
    expect(res.status).toBe(404);
  });

  it("should report a reachable Neo4j 5.26, the route taken and the graph's counts", async () => {
    const res = await request(app).get("/api/health");
    expect(res.status).toBe(200);
    expect(res.body.neo4j.reachable).toBe(true);
    expect(res.body.neo4j.version).toMatch(/^5\.26\./);
    expect(res.body.neo4j.route).toBe(inject("neo4j").route);
    expect(res.body.neo4j.nodes).toBeGreaterThan(0);
    expect(typeof res.body.neo4j.relationships).toBe("number");
  });
});
