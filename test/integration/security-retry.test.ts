// The driver's retries against the real server: out-of-memory fails on the first attempt, a deadlock is still retried.
import neo4j, { Neo4jError, type Result, routing } from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { withoutRetryStorm } from "../../server/neo4j/retryPolicy";
import { testDb } from "../helpers/db";

const db = testDb();

afterAll(async () => {
  await db.close();
});

/** Runs a real query, then fails the way Neo4j would with `code`; counts how often the driver ran it. */
function failingAfterRun(code: string) {
  let attempts = 0;
  const transform = async (result: Result) => {
    attempts += 1;
    await result;
    throw new Neo4jError(`simulated ${code}`, code, "50N42", "general processing exception");
  };
  return { transform, attempts: () => attempts };
}

describe("executeQuery retries", () => {
  it("should retry transient out-of-memory errors without the policy (the storm it prevents)", async () => {
    const run = failingAfterRun("Neo.TransientError.General.MemoryPoolOutOfMemoryError");
    const query = db.driver.executeQuery(
      "RETURN 1 AS one",
      {},
      { routing: routing.READ, resultTransformer: run.transform },
    );
    await expect(query).rejects.toMatchObject({ code: "Neo.TransientError.General.MemoryPoolOutOfMemoryError" });
    expect(run.attempts()).toBeGreaterThan(1);
  });

  it("should run an out-of-memory query once with the policy, keeping the code for the 503", async () => {
    for (const code of [
      "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
      "Neo.TransientError.General.OutOfMemoryError",
    ]) {
      const run = failingAfterRun(code);
      const query = db.driver.executeQuery(
        "RETURN 1 AS one",
        {},
        { routing: routing.READ, resultTransformer: withoutRetryStorm(run.transform) },
      );
      await expect(query).rejects.toMatchObject({ code, retryable: false });
      expect(run.attempts()).toBe(1);
    }
  });

  it("should still retry a deadlock with the policy", async () => {
    const run = failingAfterRun("Neo.TransientError.Transaction.DeadlockDetected");
    const query = db.driver.executeQuery(
      "RETURN 1 AS one",
      {},
      { routing: routing.READ, resultTransformer: withoutRetryStorm(run.transform) },
    );
    await expect(query).rejects.toMatchObject({ code: "Neo.TransientError.Transaction.DeadlockDetected" });
    expect(run.attempts()).toBeGreaterThan(1);
  });

  it("should still answer ordinary reads through db.read", async () => {
    const result = await db.read("RETURN 1 AS one");
    expect(neo4j.integer.toNumber(result.records[0]?.get("one"))).toBe(1);
  });
});
