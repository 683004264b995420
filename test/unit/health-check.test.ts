// What GET /api/health answers when Neo4j is slow, frozen or failing: only the liveness probe decides it is down.
import { describe, expect, it } from "vitest";
import { readEnv } from "../../server/config/env";
import type { AppContext } from "../../server/http/context";
import { healthCheckOf } from "../../server/http/healthCheck";
import { createLogger } from "../../server/log/logger";
import type { Db } from "../../server/neo4j/driver";
import type { Liveness } from "../../server/neo4j/liveness";
import { getInitialLivenessState, type LivenessState } from "../../server/neo4j/livenessState";

/** A probe that reports a fixed state; the health check reads it and never starts it. */
function fixedProbe(state: LivenessState): Liveness {
  return {
    settings: { intervalMs: 1000, timeoutMs: 100, abandonAfterMs: 10_000, maxAbandonAfterMs: 120_000 },
    current: () => state,
    onChange: () => () => {},
    start: () => {},
    stop: async () => {},
  };
}

/** A Db whose reads answer with `answer` (a record per query) or never settle, counting the reads. */
function stubDb(answer: "never" | "fail" | "ok") {
  let reads = 0;
  const record = (values: Record<string, unknown>) => ({ get: (k: string) => values[k] });
  const db = {
    read: (query: string) => {
      reads++;
      if (answer === "never") return new Promise(() => {});
      if (answer === "fail") return Promise.reject(Object.assign(new Error("gone"), { code: "ServiceUnavailable" }));
      const values = query.includes("count") ? { nodes: 65, relationships: 166 } : { version: "5.26", edition: "x" };
      return Promise.resolve({ records: [record(values)] });
    },
  } as unknown as Db;
  return { db, reads: () => reads };
}

const ctxWith = (db: Db, liveness?: Liveness): AppContext => ({
  db,
  liveness,
  env: readEnv({}),
  logger: createLogger("silent"),
  connection: {
    uri: "bolt://127.0.0.1:1",
    username: "neo4j",
    password: "x",
    route: "env",
    credentialsLocation: "",
    startedHere: false,
  },
});

describe("healthCheckOf", () => {
  it("should answer degraded from the probe, without a round trip, while the probe says frozen", async () => {
    const { db, reads } = stubDb("never");
    const frozen: LivenessState = { ...getInitialLivenessState(0), status: "frozen", error: "PING_TIMEOUT" };
    const answer = await healthCheckOf(ctxWith(db, fixedProbe(frozen)))();
    expect(answer.httpStatus).toBe(503);
    expect(answer.body).toMatchObject({ status: "degraded", neo4j: { reachable: false, error: "PING_TIMEOUT" } });
    expect(reads()).toBe(0);
  });

  it("should answer degraded when the read fails, with or without a probe", async () => {
    for (const probe of [undefined, fixedProbe(getInitialLivenessState(0))]) {
      const answer = await healthCheckOf(ctxWith(stubDb("fail").db, probe))();
      expect(answer.httpStatus).toBe(503);
      expect(answer.body.status).toBe("degraded");
    }
  });

  it("should answer ok with the last counts when the probe says alive but the read misses its deadline", async () => {
    let mode: "ok" | "never" = "ok";
    const ok = stubDb("ok");
    const slow = stubDb("never");
    const db = { read: (q: string) => (mode === "ok" ? ok.db.read(q) : slow.db.read(q)) } as unknown as Db;
    const check = healthCheckOf(ctxWith(db, fixedProbe(getInitialLivenessState(0))));
    expect((await check()).body).toMatchObject({ status: "ok", neo4j: { nodes: 65, relationships: 166 } });
    mode = "never";
    const slowAnswer = await check();
    expect(slowAnswer.httpStatus).toBe(200);
    expect(slowAnswer.body).toMatchObject({ status: "ok", neo4j: { reachable: true, nodes: 65 } });
    expect(slowAnswer.body.neo4j).toHaveProperty("countedAt");
  });
});
