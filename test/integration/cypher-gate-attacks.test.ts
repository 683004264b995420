// The read-only gate as an attacker sees it: generated spellings of every refused kind, on the real Neo4j with the seed.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readEnv } from "../../server/config/env";
import { checkPlan } from "../../server/cypherGate/plan";
import { checkQueryType, DEFAULT_GATE_OPTIONS } from "../../server/cypherGate/rules";
import { createApp } from "../../server/http/app";
import { createLogger } from "../../server/log/logger";
import { graphChecksum } from "../helpers/checksum";
import { attackVariants, type Variant } from "../helpers/cypherAttacks";
import { testDb } from "../helpers/db";
import { plainPlan } from "../helpers/explain";

/** `KG_GATE_FUZZ=exhaustive` runs every spelling of every attack (thousands); the default is a few hundred. */
const EXHAUSTIVE = process.env.KG_GATE_FUZZ === "exhaustive";
const VARIANTS = attackVariants(EXHAUSTIVE ? { sample: false, combinations: 50 } : { sample: true, combinations: 2 });

const db = testDb();
const app = createApp({
  db,
  connection: inject("neo4j"),
  env: readEnv({ KG_RATE_LIMIT_CYPHER: "100000000" }),
  logger: createLogger("silent"),
});

/** Stands where LOAD CSV would fetch from: it must never be asked for anything. */
const requested: string[] = [];
let listener: Server;
let listenerUrl: string;
let explorer: Server;
let explorerUrl: string;

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );

beforeAll(async () => {
  listener = createServer((req, res) => {
    requested.push(`${req.method} ${req.url}`);
    res.end("a,b\n1,2\n");
  });
  listenerUrl = await listen(listener);
  explorer = app.listen(0, "127.0.0.1");
  explorerUrl = await listen(explorer);
});

afterAll(async () => {
  for (const server of [listener, explorer]) {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
  await db.close();
});

const withUrl = (q: string) => q.replaceAll("%URL%", listenerUrl);

async function post(query: string): Promise<{ status: number; code: unknown }> {
  const res = await fetch(`${explorerUrl}/api/cypher`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { code?: unknown };
  return { status: res.status, code: body.code };
}

/** The plan alone, without the text scan: refused, or Neo4j could not plan it. */
async function planRefuses(session: ReturnType<typeof db.driver.session>, query: string): Promise<boolean> {
  let summary: Awaited<ReturnType<typeof session.run>>["summary"];
  try {
    summary = (await session.run(`EXPLAIN\n${query}`)).summary;
  } catch {
    return true;
  }
  const options = { ...DEFAULT_GATE_OPTIONS, userFunctions: [], database: summary.database.name ?? undefined };
  return (checkPlan(plainPlan(summary.plan), options) ?? checkQueryType(summary.queryType)) !== null;
}

describe("generated attacks on POST /api/cypher", () => {
  it("should generate a few hundred variants by default, covering every refused kind", () => {
    expect(VARIANTS.length).toBeGreaterThanOrEqual(EXHAUSTIVE ? 3000 : 300);
    expect(new Set(VARIANTS.map((v) => v.kind)).size).toBeGreaterThanOrEqual(45);
  });

  it("should refuse every variant (403 or 400), in the plan alone too, leaving the graph and the network untouched", {
    timeout: EXHAUSTIVE ? 1_800_000 : 240_000,
  }, async () => {
    const before = await graphChecksum(db);
    const answered: Array<Variant & { status: number; code: unknown }> = [];
    const planAllowed: Variant[] = [];
    const queue = [...VARIANTS];
    // Four requests in flight: each variant costs the server one EXPLAIN (the scan refuses most before that).
    const worker = async () => {
      const session = db.driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        for (let variant = queue.shift(); variant; variant = queue.shift()) {
          const query = withUrl(variant.query);
          const { status, code } = await post(query);
          if (status !== 403 && status !== 400) answered.push({ ...variant, status, code });
          if (variant.planRefuses && !(await planRefuses(session, query))) planAllowed.push(variant);
        }
      } finally {
        await session.close();
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    expect(answered).toEqual([]);
    expect(planAllowed).toEqual([]);
    expect(requested).toEqual([]);
    expect(await graphChecksum(db)).toEqual(before);
    const probes = await db.read("SHOW INDEXES YIELD name WHERE name STARTS WITH 'gate_probe' RETURN name");
    expect(probes.records).toHaveLength(0);
    const users = await db.driver.executeQuery(
      "SHOW USERS YIELD user WHERE user STARTS WITH 'gate_probe' RETURN user",
      {},
      {
        database: "system",
        routing: neo4j.routing.READ,
      },
    );
    expect(users.records).toHaveLength(0);
  });
});
