// When a failed read is tried again (server/neo4j/driver.ts readRetryDelay): retryable errors within the budget only.
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { readRetryDelay } from "../../server/neo4j/driver";
import { OUT_OF_MEMORY_CODE, STOPPED_TRANSACTION_CODES } from "../../server/neo4j/retryPolicy";

const error = (code: string) => new Neo4jError(`simulated ${code}`, code, "50N42", "general processing exception");

describe("readRetryDelay", () => {
  it("should give up at once on errors a retry cannot mend, whatever the attempt and budget", () => {
    const never = [
      "Neo.ClientError.Statement.SyntaxError",
      "Neo.ClientError.Security.Unauthorized",
      "Neo.ClientError.Statement.ParameterMissing",
      "Neo.DatabaseError.General.UnknownError",
      "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
      "Neo.TransientError.General.OutOfMemoryError",
      "Neo.TransientError.General.TransactionMemoryLimit",
      ...STOPPED_TRANSACTION_CODES,
    ];
    for (const code of never) {
      for (const attempt of [0, 1, 5])
        for (const budget of [0, 1000, 60_000])
          expect(readRetryDelay(error(code), attempt, 0, budget), code).toBeNull();
    }
    expect(OUT_OF_MEMORY_CODE.test("Neo.TransientError.General.TransactionMemoryLimit")).toBe(true);
    for (const odd of [new Error("plain"), null, undefined, "ServiceUnavailable", { code: 42 }])
      expect(readRetryDelay(odd, 0, 0, 1000)).toBeNull();
  });

  it("should retry a lost connection or a transient error, doubling the wait from 50 ms up to 1 s", () => {
    for (const code of [
      "ServiceUnavailable",
      "SessionExpired",
      "Neo.TransientError.Transaction.DeadlockDetected",
      "Neo.TransientError.General.DatabaseUnavailable",
    ]) {
      expect(
        [0, 1, 2, 3, 4, 5].map((n) => readRetryDelay(error(code), n, 0, 60_000)),
        code,
      ).toEqual([50, 100, 200, 400, 800, 1000]);
    }
  });

  it("should not wait past the budget counted from the first attempt", () => {
    const lost = error("ServiceUnavailable");
    expect(readRetryDelay(lost, 0, 0, 0)).toBeNull();
    expect(readRetryDelay(lost, 0, 950, 1000)).toBe(50);
    expect(readRetryDelay(lost, 0, 951, 1000)).toBeNull();
    expect(readRetryDelay(lost, 3, 600, 1000)).toBe(400);
    expect(readRetryDelay(lost, 3, 601, 1000)).toBeNull();
  });
});
