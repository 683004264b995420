// Neo4j outage: stop the real test server under a running app, expect fast 503s with Retry-After, then recovery.
import request from "supertest";
import { afterAll, describe, expect, inject, it } from "vitest";
import { readEnv } from "../../server/config/env";
import { createApp } from "../../server/http/app";
import { createLogger } from "../../server/log/logger";
import { createDb } from "../../server/neo4j/driver";
import { startLocalServer, stopLocalServer } from "../../server/provision/local/localServer";
import { cacheRoot } from "../../server/provision/local/paths";
import { localTestInstance } from "../helpers/localInstance";

const connection = inject("neo4j");
const isLocal = connection.route === "local";
const db = createDb(connection);
const app = createApp({ db, connection, env: readEnv({}), logger: createLogger("silent") });
const root = cacheRoot(process.env);
const boltPort = Number(new URL(connection.uri).port);

/**
 * A request that hangs fails the test after this long (ms): what is asserted is an answer rather than a hang, never a
 * speed. How fast the answer comes (about 1–3 s here) is measured outside the suite (README, Outages).
 */
const HANG_MS = 30_000;

const answered = (send: () => request.Test) => send().timeout(HANG_MS);

async function until(ok: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await ok()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

afterAll(async () => {
  // Whatever happened, leave the test server running for the test files after this one.
  if (isLocal) await startLocalServer(root, localTestInstance(), { boltPort });
  await db.close();
});

describe.skipIf(!isLocal)("a Neo4j outage (local route only: other routes have no server this test may stop)", () => {
  it("should be healthy before the outage", async () => {
    const res = await request(app).get("/api/health");
    expect(res.status).toBe(200);
  });

  it("should answer 503 with Retry-After, not hang, while Neo4j is stopped, and show the degraded state", async () => {
    const { stopped } = await stopLocalServer(root, localTestInstance());
    expect(stopped.length).toBeGreaterThan(0);

    const health = await answered(() => request(app).get("/api/health"));
    expect(health.status).toBe(503);
    expect(Number(health.headers["retry-after"])).toBeGreaterThan(0);
    expect(health.body).toMatchObject({ status: "degraded", neo4j: { reachable: false } });

    const reads: Array<[string, () => request.Test]> = [
      ["search", () => request(app).get("/api/search?q=china")],
      ["neighbors", () => request(app).get("/api/nodes/country%3Achina/neighbors")],
      ["graph", () => request(app).get("/api/graph?limit=50")],
      ["cypher", () => request(app).post("/api/cypher").send({ query: "MATCH (n) RETURN count(n) AS n" })],
    ];
    for (const [what, send] of reads) {
      const res = await answered(send);
      expect(res.status, what).toBe(503);
      expect(res.headers["content-type"], what).toMatch(/^application\/problem\+json/);
      expect(res.body.code, what).toBe("NEO4J_UNAVAILABLE");
      expect(Number(res.headers["retry-after"]), what).toBeGreaterThan(0);
    }
  });

  it("should serve again after Neo4j returns, without restarting the app", async () => {
    await startLocalServer(root, localTestInstance(), { boltPort });
    const back = await until(async () => (await request(app).get("/api/health")).status === 200, 120_000);
    expect(back).toBe(true);
    const res = await request(app).get("/api/health");
    expect(res.body).toMatchObject({ status: "ok", neo4j: { reachable: true } });
    expect((await request(app).get("/api/search?q=china")).status).toBe(200);
    expect((await request(app).post("/api/cypher").send({ query: "MATCH (n) RETURN count(n) AS n" })).status).toBe(200);
    // A cold Neo4j start on a busy machine may take minutes: this test waits for it, it does not time it.
  }, 300_000);
});
