import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { classifyNeo4jError } from "../../server/neo4j/errors";
import { isNeverRetried } from "../../server/neo4j/retryPolicy";

const neo4jError = (code: string, message = "boom") =>
  new Neo4jError(message, code, "50N42", "general processing exception");

describe("classifyNeo4jError", () => {
  it("should return undefined for anything that is not a Neo4j error", () => {
    expect(classifyNeo4jError(undefined)).toBeUndefined();
    expect(classifyNeo4jError(new Error("ServiceUnavailable"))).toBeUndefined();
    expect(classifyNeo4jError({ code: "ServiceUnavailable" })).toBeUndefined();
  });

  it("should answer an unreachable server with 503, Retry-After and a retryable flag", () => {
    for (const code of ["ServiceUnavailable", "SessionExpired"]) {
      expect(classifyNeo4jError(neo4jError(code))).toMatchObject({
        kind: "unavailable",
        status: 503,
        code: "NEO4J_UNAVAILABLE",
        retryAfterSeconds: 5,
        retryable: true,
        exposeMessage: false,
      });
    }
  });

  it("should treat the pool's code-less acquisition timeout as an outage", () => {
    const error = neo4jError("N/A", "Connection acquisition timed out in 2000 ms. Pool status: Active conn count = 3");
    expect(classifyNeo4jError(error)).toMatchObject({ kind: "unavailable", status: 503 });
  });

  it("should report the app's own rejected credentials as an outage, not as the caller's fault", () => {
    expect(classifyNeo4jError(neo4jError("Neo.ClientError.Security.Unauthorized"))).toMatchObject({
      status: 503,
      code: "NEO4J_UNAVAILABLE",
      retryable: false,
    });
  });

  it("should map transient out-of-memory errors to 503 without retry", () => {
    for (const code of [
      "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
      "Neo.TransientError.General.OutOfMemoryError",
      "Neo.TransientError.General.TransactionOutOfMemoryError",
      "Neo.TransientError.General.TransactionMemoryLimit",
    ]) {
      const error = neo4jError(code);
      expect(classifyNeo4jError(error)).toMatchObject({
        kind: "out-of-memory",
        status: 503,
        code: "NEO4J_OUT_OF_MEMORY",
        retryable: false,
      });
      expect(isNeverRetried(error)).toBe(true);
      // The driver itself would retry these (every TransientError is retryable to it):
      expect(error.retryable).toBe(true);
    }
  });

  it("should map a transaction timeout to 504 CYPHER_TIMEOUT without retry", () => {
    for (const code of [
      "Neo.ClientError.Transaction.TransactionTimedOut",
      "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
      "Neo.TransientError.Transaction.TransactionTimedOut",
    ]) {
      expect(classifyNeo4jError(neo4jError(code))).toMatchObject({ kind: "timeout", status: 504, retryable: false });
    }
  });

  it("should never retry a terminated transaction", () => {
    expect(classifyNeo4jError(neo4jError("Neo.TransientError.Transaction.Terminated"))).toMatchObject({
      kind: "terminated",
      status: 503,
      retryable: false,
    });
    expect(isNeverRetried(neo4jError("Neo.TransientError.Transaction.LockClientStopped"))).toBe(true);
  });

  it("should leave other transient errors (deadlocks) retryable as a busy 503", () => {
    const error = neo4jError("Neo.TransientError.Transaction.DeadlockDetected");
    expect(classifyNeo4jError(error)).toMatchObject({ kind: "busy", status: 503, retryable: true });
    expect(isNeverRetried(error)).toBe(false);
  });

  it("should map the caller's bad Cypher to 400 and expose Neo4j's explanation", () => {
    expect(classifyNeo4jError(neo4jError("Neo.ClientError.Statement.SyntaxError"))).toMatchObject({
      kind: "invalid-query",
      status: 400,
      code: "CYPHER_INVALID",
      exposeMessage: true,
    });
  });

  it("should map a refused operation to 403 and a constraint violation to 409", () => {
    expect(classifyNeo4jError(neo4jError("Neo.ClientError.Security.Forbidden"))).toMatchObject({ status: 403 });
    expect(classifyNeo4jError(neo4jError("Neo.ClientError.Schema.ConstraintValidationFailed"))).toMatchObject({
      status: 409,
    });
  });

  it("should map anything else to a 500 that hides Neo4j's message", () => {
    expect(classifyNeo4jError(neo4jError("Neo.DatabaseError.General.UnknownError"))).toMatchObject({
      kind: "internal",
      status: 500,
      exposeMessage: false,
    });
  });
});
