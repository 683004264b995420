// A frozen Neo4j: SIGSTOP the real test server under a running app, expect 503s instead of hangs, then recovery on SIGCONT.
import request from "supertest";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readEnv } from "../../server/config/env";
import { createApp } from "../../server/http/app";
import { createLogger } from "../../server/log/logger";
import { createDb } from "../../server/neo4j/driver";
import { createLiveness } from "../../server/neo4j/liveness";
import { localStatus } from "../../server/provision/local/localServer";
import { cacheRoot } from "../../server/provision/local/paths";
import { localTestInstance } from "../helpers/localInstance";

const connection = inject("neo4j");
const isLocal = connection.route === "local";
const TOKEN = "frozen-test-token-0123456789";
const env = readEnv({});
const db = createDb(connection, { acquisitionTimeoutMs: env.KG_NEO4J_ACQUISITION_TIMEOUT_MS });
const liveness = createLiveness(connection, {
  intervalMs: env.KG_NEO4J_PING_INTERVAL_MS,
  timeoutMs: env.KG_NEO4J_PING_TIMEOUT_MS,
});
const logger = createLogger("silent");
const app = createApp({ db, connection, env, logger, liveness });
const guarded = createApp({ db, connection, env: readEnv({ API_TOKEN: TOKEN }), logger, liveness });

/** Hang detection only: an answer must come, however slowly; how fast is measured elsewhere (README, Outages). */
const HANG_LIMIT_MS = 30_000;

let frozenPid: number | undefined;

/** Never leave the shared test Neo4j stopped: every later test file needs it. */
function thaw(): void {
  if (frozenPid === undefined) return;
  try {
    process.kill(frozenPid, "SIGCONT");
  } finally {
    frozenPid = undefined;
  }
}

async function freeze(): Promise<void> {
  const { pid } = await localStatus(cacheRoot(process.env), localTestInstance());
  if (pid === undefined) throw new Error("the local test Neo4j is not running");
  frozenPid = pid;
  process.kill(pid, "SIGSTOP");
}

async function until(ok: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await ok()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

const get = (path: string) => request(app).get(path).timeout(HANG_LIMIT_MS);
const cypher = () =>
  request(app).post("/api/cypher").timeout(HANG_LIMIT_MS).send({ query: "MATCH (n) RETURN count(n) AS n" });

function expectUnavailable(res: request.Response, what: string): void {
  expect(res.status, what).toBe(503);
  expect(res.headers["content-type"], what).toMatch(/^application\/problem\+json/);
  expect(res.body, what).toMatchObject({ status: 503, code: "NEO4J_UNAVAILABLE" });
  expect(Number(res.headers["retry-after"]), what).toBeGreaterThan(0);
}

process.once("exit", thaw);

beforeAll(async () => {
  if (!isLocal) return;
  liveness.start();
  expect(await until(() => liveness.current().checkedAt !== null, HANG_LIMIT_MS)).toBe(true);
});

afterAll(async () => {
  thaw();
  // Leave the server answering for the next file, whatever happened here.
  if (isLocal) await until(async () => (await request(app).get("/api/health")).status === 200, 60_000);
  await liveness.stop();
  await db.close();
});

describe.skipIf(!isLocal)("a frozen Neo4j (local route only: other routes have no process this test may stop)", () => {
  it("should serve before the freeze, with the probe saying alive", async () => {
    expect(liveness.current().status).toBe("alive");
    const health = await get("/api/health");
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: "ok", neo4j: { reachable: true, liveness: { status: "alive" } } });
    expect((await get("/api/search?q=Zhao")).status).toBe(200);
    expect((await get("/api/nodes/org:deepseek")).status).toBe(200);
    expect((await cypher()).status).toBe(200);
  });

  it("should answer 503 problem+json, rather than hang, to requests already in Neo4j when it froze", async () => {
    await freeze();
    // Sent before the probe can have noticed (its first chance is a ping timeout away), so they reach Neo4j.
    expect(liveness.current().status).toBe("alive");
    const sent: Array<[string, request.Test]> = [
      ["search", get("/api/search?q=Zhao")],
      ["node", get("/api/nodes/org:deepseek")],
      ["graph (written while read)", get("/api/graph?limit=50")],
      ["cypher (its own session)", cypher()],
    ];
    for (const [what, pending] of sent) expectUnavailable(await pending, what);
    expect(liveness.current()).toMatchObject({ status: "frozen", error: "PING_TIMEOUT" });
  });

  it("should answer every Neo4j route 503 at once while frozen, and the rest as usual", async () => {
    expect(liveness.current().status).toBe("frozen");
    const reads: Array<[string, () => request.Test]> = [
      ["search", () => get("/api/search?q=Zhao")],
      ["node", () => get("/api/nodes/org:deepseek")],
      ["neighbors", () => get("/api/nodes/country%3Achina/neighbors")],
      ["graph", () => get("/api/graph?limit=50")],
      ["stream", () => get("/api/graph/stream?limit=50")],
      ["sources", () => get("/api/sources")],
      ["cypher", cypher],
      [
        "export",
        () =>
          request(app)
            .post("/api/export")
            .timeout(HANG_LIMIT_MS)
            .send({ format: "json", select: { by: "ids", ids: ["org:deepseek"] } }),
      ],
    ];
    for (const [what, send] of reads) expectUnavailable(await send(), what);
    expect((await get("/api/queries")).status).toBe(200);
    expect((await get("/api/openapi.json")).status).toBe(200);
    expect((await get("/api/layout")).status).toBe(200);
  });

  it("should say degraded on /api/health from the probe, with the last counts, and only reachability without a token", async () => {
    const full = await get("/api/health");
    expect(full.status).toBe(503);
    expect(Number(full.headers["retry-after"])).toBeGreaterThan(0);
    expect(full.body).toMatchObject({
      status: "degraded",
      neo4j: { reachable: false, route: "local", error: "PING_TIMEOUT", liveness: { status: "frozen" } },
    });
    expect(full.body.neo4j.nodes).toBeGreaterThan(0);
    expect(typeof full.body.neo4j.countedAt).toBe("string");

    const bare = await request(guarded).get("/api/health").timeout(HANG_LIMIT_MS);
    expect(bare.status).toBe(503);
    expect(bare.body).toEqual({ status: "degraded", neo4j: { reachable: false } });
  });

  it("should serve again after SIGCONT, without restarting the app, with no stuck connection failing requests", async () => {
    thaw();
    expect(await until(async () => (await get("/api/health")).status === 200, HANG_LIMIT_MS)).toBe(true);
    expect(liveness.current().status).toBe("alive");
    const health = await get("/api/health");
    expect(health.body).toMatchObject({ status: "ok", neo4j: { reachable: true, liveness: { status: "alive" } } });
    expect(health.body.neo4j.nodes).toBeGreaterThan(0);
    expect((await get("/api/search?q=Zhao")).status).toBe(200);
    expect((await get("/api/nodes/org:deepseek")).status).toBe(200);
    expect((await cypher()).status).toBe(200);
    expect((await get("/api/graph?limit=50")).status).toBe(200);
    // More at once than the freeze left connections stuck: each must be served by a working one.
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? get("/api/search?q=Zhao") : get("/api/nodes/org:deepseek"))),
    );
    expect(burst.map((res) => res.status)).toEqual(Array(20).fill(200));
  });
});
