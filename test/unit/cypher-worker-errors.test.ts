// Errors across the worker boundary: serialised as data, structured-cloned as postMessage does, rebuilt with their class.
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { CypherInvalidError, CypherRefusedError, CypherTimeoutError } from "../../server/cypherGate/errors";
import { rebuildError, serialiseError, WireError } from "../../server/cypherWorker/errorWire";
import { KgError } from "../../server/errors";
import { answerFor } from "../../server/http/errorHandler";
import { ExportTooLargeError } from "../../server/repositories/subgraph";

/** What the HTTP thread gets of an error thrown in a worker: through postMessage's structured clone and the schema. */
const across = (error: unknown) => rebuildError(WireError.parse(structuredClone(serialiseError(error))));

const neo4jError = (code: string, message = "boom") =>
  new Neo4jError(message, code, "50N42", "general processing exception");

describe("serialiseError and rebuildError", () => {
  it("should refuse wire data that is not one of the known kinds", () => {
    expect(() => WireError.parse({ kind: "mystery", message: "x" })).toThrow();
    expect(() => WireError.parse({ kind: "timeout" })).toThrow();
    expect(() => WireError.parse(null)).toThrow();
  });

  it("should carry a thrown non-Error, and an unknown Error, as a plain Error answered 500 without detail", () => {
    for (const thrown of ["a string", undefined, 42, { code: "ServiceUnavailable" }]) {
      const rebuilt = across(thrown);
      expect(rebuilt).toBeInstanceOf(Error);
      expect(answerFor(rebuilt)).toEqual({ status: 500, code: "INTERNAL_ERROR", title: "Unexpected error" });
    }
    const bug = new TypeError("cannot read x of undefined");
    const rebuilt = across(bug);
    expect(rebuilt.name).toBe("TypeError");
    expect(rebuilt.message).toBe(bug.message);
    expect(rebuilt.stack).toBe(bug.stack);
    expect(answerFor(rebuilt)).toEqual(answerFor(bug));
  });

  it("should keep a refusal's class and refusal code (403)", () => {
    const error = new CypherRefusedError({ code: "CYPHER_LOAD_CSV_NOT_ALLOWED", reason: "LOAD CSV is not allowed." });
    const rebuilt = across(error);
    expect(rebuilt).toBeInstanceOf(CypherRefusedError);
    expect(rebuilt).toMatchObject({ name: "CypherRefusedError", code: "CYPHER_REFUSED", refusal: error.refusal });
    expect(answerFor(rebuilt)).toEqual(answerFor(error));
    expect(answerFor(rebuilt)).toMatchObject({ status: 403, code: "CYPHER_LOAD_CSV_NOT_ALLOWED" });
  });

  it("should keep an invalid query's class, Neo4j code, line and column (400)", () => {
    const error = new CypherInvalidError("Invalid input 'LIMT'", "Neo.ClientError.Statement.SyntaxError", {
      line: 3,
      column: 10,
    });
    const rebuilt = across(error);
    expect(rebuilt).toBeInstanceOf(CypherInvalidError);
    expect(rebuilt).toMatchObject({ neo4jCode: error.neo4jCode, line: 3, column: 10, message: error.message });
    expect(answerFor(rebuilt)).toEqual(answerFor(error));
    expect(answerFor(rebuilt)).toMatchObject({ status: 400, code: "CYPHER_INVALID", line: 3, column: 10 });

    const unplaced = across(new CypherInvalidError("Unknown function", "Neo.ClientError.Statement.SyntaxError"));
    expect(unplaced).toMatchObject({ line: undefined, column: undefined });
  });

  it("should keep a timeout's class and its limit (504)", () => {
    const error = new CypherTimeoutError(15_000);
    const rebuilt = across(error);
    expect(rebuilt).toBeInstanceOf(CypherTimeoutError);
    expect(rebuilt).toMatchObject({ timeoutMs: 15_000, message: error.message });
    expect(answerFor(rebuilt)).toEqual(answerFor(error));
    expect(answerFor(rebuilt)).toMatchObject({ status: 504, code: "CYPHER_TIMEOUT" });
  });

  it("should keep a Neo4j driver error's class and code, so outages and out-of-memory are answered as before", () => {
    const cases: Array<[Neo4jError, number, string]> = [
      [neo4jError("ServiceUnavailable"), 503, "NEO4J_UNAVAILABLE"],
      [neo4jError("N/A", "Connection acquisition timed out in 2000 ms."), 503, "NEO4J_UNAVAILABLE"],
      [neo4jError("Neo.TransientError.General.MemoryPoolOutOfMemoryError"), 503, "NEO4J_OUT_OF_MEMORY"],
      [neo4jError("Neo.TransientError.Transaction.Terminated"), 503, "QUERY_TERMINATED"],
      [neo4jError("Neo.ClientError.Security.Forbidden"), 403, "NEO4J_FORBIDDEN"],
      [neo4jError("Neo.DatabaseError.General.UnknownError"), 500, "NEO4J_ERROR"],
    ];
    for (const [error, status, code] of cases) {
      const rebuilt = across(error);
      expect(rebuilt, error.code).toBeInstanceOf(Neo4jError);
      expect(rebuilt, error.code).toMatchObject({ code: error.code, message: error.message });
      expect(answerFor(rebuilt), error.code).toEqual(answerFor(error));
      expect(answerFor(rebuilt), error.code).toMatchObject({ status, code });
    }
  });

  it("should keep any other KgError's code, name and message, so it is answered the same (413 EXPORT_TOO_LARGE)", () => {
    const error = new ExportTooLargeError(50, "relationships", "add a LIMIT or a narrower MATCH");
    const rebuilt = across(error);
    expect(rebuilt).toBeInstanceOf(KgError);
    expect(rebuilt).toMatchObject({ code: "EXPORT_TOO_LARGE", name: "ExportTooLargeError", message: error.message });
    expect(answerFor(rebuilt)).toEqual(answerFor(error));
    expect(answerFor(rebuilt)).toMatchObject({ status: 413, code: "EXPORT_TOO_LARGE" });
  });
});
