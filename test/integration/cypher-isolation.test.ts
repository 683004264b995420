// Researchers' Cypher in worker threads, on the real Neo4j: a huge record never stalls other requests, nor kills the app.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readEnv } from "../../server/config/env";
import { type CypherWorkers, createCypherWorkers, cypherWorkerSettings } from "../../server/cypherWorker/cypherWorkers";
import { createApp } from "../../server/http/app";
import { createLogger } from "../../server/log/logger";
import { createDb } from "../../server/neo4j/driver";
import { createLiveness } from "../../server/neo4j/liveness";
import { localStatus } from "../../server/provision/local/localServer";
import { cacheRoot } from "../../server/provision/local/paths";
import { localTestInstance } from "../helpers/localInstance";

const connection = inject("neo4j");
const db = createDb(connection);
const logger = createLogger("silent");
const opened: Array<{ server: Server; workers: CypherWorkers }> = [];

/** The explorer with `vars` on a real port, with its own Cypher workers (closed after the file). */
async function serve(vars: Record<string, string>, liveness?: ReturnType<typeof createLiveness>) {
  const env = readEnv({ KG_RATE_LIMIT_CYPHER: "100000", ...vars });
  const workers = createCypherWorkers(connection, cypherWorkerSettings(env), { logger });
  const app = createApp({ db, connection, env, logger, liveness, cypherWorkers: workers });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  opened.push({ server, workers });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, workers };
}

const cypher = (base: string, query: string, signal?: AbortSignal) =>
  fetch(`${base}/api/cypher`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
    ...(signal ? { signal } : {}),
  });

/** How many runs (not EXPLAINs) of the gate whose text holds `marker` Neo4j is executing now. */
async function running(marker: string): Promise<number> {
  const result = await db.read(
    "SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE metaData.purpose = 'cypher-gate' " +
      "AND currentQuery CONTAINS $marker AND NOT currentQuery STARTS WITH 'EXPLAIN' RETURN currentQuery",
    { marker },
  );
  return result.records.length;
}

afterAll(async () => {
  for (const { server, workers } of opened) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await workers.close();
  }
  await db.close();
});

describe("a huge record in a Cypher worker", () => {
  /** Neo4j 5.26 neither counts this against db.memory.transaction.max nor stops it at the timeout: ~40 MB, 20M values. */
  const HUGE = "RETURN [i IN range(1, 20000000) | 'x'] AS big";

  it("should answer search, health and a small query while the worker decodes it, then answer it with a problem", async () => {
    // A timeout long enough that Neo4j has sent the record before the worker's wall clock (timeout + grace) ends it.
    const { base } = await serve({ KG_CYPHER_TIMEOUT_MS: "20000" });
    const order: string[] = [];
    const big = cypher(base, HUGE).then(async (res) => {
      order.push("big");
      return { status: res.status, body: await res.json() };
    });
    // Neo4j builds the list, then sends it as one record and ends the transaction: from then on the worker decodes it.
    await expect.poll(() => running("range(1, 20000000)"), { timeout: 30_000, interval: 50 }).toBe(1);
    await expect.poll(() => running("range(1, 20000000)"), { timeout: 30_000, interval: 50 }).toBe(0);
    expect(order).toEqual([]);

    const small = async (what: string, send: () => Promise<Response>) => {
      const res = await send();
      order.push(what);
      return [what, res.status] as const;
    };
    const answers = await Promise.all([
      small("search", () => fetch(`${base}/api/search?q=Zhao`)),
      small("health", () => fetch(`${base}/api/health`)),
      small("cypher", () => cypher(base, "MATCH (n:Entity {id: 'org:deepseek'}) RETURN n.name AS name")),
    ]);
    expect(answers).toEqual([
      ["search", 200],
      ["health", 200],
      ["cypher", 200],
    ]);

    const answer = await big;
    expect(order.indexOf("big")).toBe(3);
    if (answer.status === 200) {
      // It fitted in the worker's heap after all: an Omitted cell, as the byte budget says.
      expect(answer.body.rows[0][0]).toMatchObject({ $type: "Omitted", _value: { reason: "bytes" } });
    } else {
      expect([413, 504]).toContain(answer.status);
      expect(answer.body.code).toBe(answer.status === 413 ? "CYPHER_ANSWER_TOO_LARGE" : "CYPHER_TIMEOUT");
    }
    expect((await cypher(base, "RETURN 1 AS one")).status).toBe(200);
  });

  it("should answer 413 naming the heap cap when a worker runs out of it, and serve the next query from a fresh one", async () => {
    // One worker, a 128 MB heap and a timeout far off: only the heap cap can end this query.
    const { base, workers } = await serve({
      KG_CYPHER_WORKERS: "1",
      KG_CYPHER_WORKER_HEAP_MB: "128",
      KG_CYPHER_TIMEOUT_MS: "600000",
    });
    // 4 MB on the wire (one byte per empty map), some 250 MB once decoded into objects.
    const res = await cypher(base, "RETURN [i IN range(1, 4000000) | {}] AS maps");
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const problem = await res.json();
    expect(problem.code).toBe("CYPHER_ANSWER_TOO_LARGE");
    expect(problem.detail).toContain("128 MB");

    const next = await cypher(base, "MATCH (n:Entity {id: 'org:deepseek'}) RETURN n.name AS name");
    expect(next.status).toBe(200);
    expect((await next.json()).rows).toEqual([[{ $type: "String", _value: "DeepSeek" }]]);
    expect(workers.stats()).toMatchObject({ workers: 1, ready: 1, busy: 0 });
  });
});

const isLocal = connection.route === "local";

describe.skipIf(!isLocal)("a Neo4j that freezes under a query in a worker (local route only)", () => {
  const liveness = createLiveness(connection, { intervalMs: 500, timeoutMs: 1000 });
  let frozenPid: number | undefined;
  const thaw = () => {
    if (frozenPid === undefined) return;
    try {
      process.kill(frozenPid, "SIGCONT");
    } finally {
      frozenPid = undefined;
    }
  };
  process.once("exit", thaw);

  beforeAll(() => {
    liveness.start();
  });

  afterAll(async () => {
    thaw();
    await liveness.stop();
  });

  it("should answer 503 at once, free the worker while still frozen, and serve again after SIGCONT", async () => {
    await expect.poll(() => liveness.current().checkedAt !== null, { timeout: 30_000 }).toBe(true);
    const { base, workers } = await serve({ KG_CYPHER_WORKERS: "1", KG_CYPHER_TIMEOUT_MS: "600000" }, liveness);
    const marker = "range(1, 5000000001)";
    const stuck = cypher(base, `UNWIND ${marker} AS x WITH x WHERE x % 3 = 1 RETURN count(x) AS n`);
    await expect.poll(() => running(marker), { timeout: 30_000, interval: 100 }).toBe(1);
    try {
      const { pid } = await localStatus(cacheRoot(process.env), localTestInstance());
      if (pid === undefined) throw new Error("the local test Neo4j is not running");
      frozenPid = pid;
      process.kill(pid, "SIGSTOP");
      const res = await stuck;
      expect(res.status).toBe(503);
      expect((await res.json()).code).toBe("NEO4J_UNAVAILABLE");
      expect(liveness.current().status).toBe("frozen");
      // The worker's session cannot close against a stopped server: the worker is replaced rather than left stuck.
      await expect.poll(() => workers.stats(), { timeout: 30_000, interval: 100 }).toMatchObject({ busy: 0 });
      expect(liveness.current().status).toBe("frozen");
    } finally {
      thaw();
    }
    await expect.poll(() => liveness.current().status, { timeout: 30_000, interval: 100 }).toBe("alive");
    expect((await cypher(base, "RETURN 1 AS one")).status).toBe(200);
    await expect.poll(() => running(marker), { timeout: 30_000, interval: 100 }).toBe(0);
  });
});
