// The API's pure edges: query schemas, request validation, the error-to-problem mapping and OpenAPI paths.

import { CypherRequest, ExportRequest, GraphQuery, PathsQuery, SearchQuery } from "@domain/contracts/api";
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { CypherInvalidError, CypherRefusedError } from "../../server/cypherGate/errors";
import { KgError } from "../../server/errors";
import { answerFor } from "../../server/http/errorHandler";
import { openApiPath } from "../../server/http/openapi";
import { parseRequest, RequestValidationError } from "../../server/http/validation";
import { NotFoundError } from "../../server/repositories/errors";

describe("query schemas", () => {
  it("should refuse bad values with the field's path", () => {
    const r = GraphQuery.safeParse({ limit: "-1", entityTypes: "organization" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path)).toEqual(expect.arrayContaining([["limit"], ["entityTypes", 0]]));
    expect(SearchQuery.safeParse({ q: "   " }).success).toBe(false);
    expect(PathsQuery.safeParse({ from: "org:a" }).success).toBe(false);
    expect(CypherRequest.safeParse({ query: "RETURN 1", extra: 1 }).success).toBe(false);
    expect(ExportRequest.safeParse({ format: "pdf", select: { by: "ids", ids: ["a"] } }).success).toBe(false);
  });

  it("should read lists as comma-separated or repeated parameters, de-duplicated", () => {
    expect(GraphQuery.parse({ entityTypes: "Organization,Person" }).entityTypes).toEqual(["Organization", "Person"]);
    expect(GraphQuery.parse({ entityTypes: ["Person", "Person,Country"] }).entityTypes).toEqual(["Person", "Country"]);
    expect(GraphQuery.parse({}).limit).toBe(2000);
    expect(GraphQuery.parse({ claims: "false" }).claims).toBe(false);
  });
});

describe("parseRequest", () => {
  const req = (parts: Record<string, unknown>) => ({ params: {}, query: {}, body: undefined, ...parts }) as never;

  it("should collect the issues of every part, each with its location", () => {
    try {
      parseRequest(req({ query: { limit: "x" }, body: { query: "" } }), { query: GraphQuery, body: CypherRequest });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RequestValidationError);
      const issues = (error as RequestValidationError).issues;
      expect(issues.map((i) => [i.location, i.path])).toEqual([
        ["query", ["limit"]],
        ["body", ["query"]],
      ]);
    }
  });

  it("should hand back the parsed values, defaults applied", () => {
    const parsed = parseRequest(req({ query: { q: " tencent " } }), { query: SearchQuery });
    expect(parsed.query).toEqual({ q: "tencent", limit: 20 });
  });
});

describe("answerFor", () => {
  it("should never disclose an unknown error", () => {
    const answer = answerFor(new Error("secret stack"));
    expect(answer).toEqual({ status: 500, code: "INTERNAL_ERROR", title: "Unexpected error" });
  });

  it("should map the typed errors to their status and stable code", () => {
    expect(answerFor(new RequestValidationError([{ location: "query", path: ["q"], message: "bad" }]))).toMatchObject({
      status: 400,
      code: "VALIDATION_FAILED",
      issues: [{ location: "query", path: ["q"] }],
    });
    expect(answerFor(new NotFoundError("node", "org:x"))).toMatchObject({ status: 404, code: "NOT_FOUND" });
    expect(answerFor(new CypherRefusedError({ code: "CYPHER_USE_NOT_ALLOWED", reason: "r" }))).toMatchObject({
      status: 403,
      code: "CYPHER_USE_NOT_ALLOWED",
      detail: "r",
    });
    expect(
      answerFor(new CypherInvalidError("bad", "Neo.ClientError.Statement.SyntaxError", { line: 2, column: 5 })),
    ).toMatchObject({
      status: 400,
      code: "CYPHER_INVALID",
      line: 2,
      column: 5,
    });
    expect(answerFor(new KgError("EXPORT_TOO_LARGE", "x"))).toMatchObject({ status: 413 });
  });

  it("should answer an unreachable Neo4j with 503 and a Retry-After", () => {
    const answer = answerFor(new Neo4jError("Could not connect", "ServiceUnavailable", "", ""));
    expect(answer).toMatchObject({ status: 503, code: "NEO4J_UNAVAILABLE", retryAfter: 5 });
    expect(answer.detail).toBeUndefined();
  });
});

describe("openApiPath", () => {
  it("should write Express parameters the OpenAPI way", () => {
    expect(openApiPath("/nodes/:id/neighbors")).toBe("/nodes/{id}/neighbors");
  });
});
