// Which /api requests the Neo4j gate holds while the database is not answering.
import { describe, expect, it } from "vitest";
import { needsNeo4j } from "../../server/http/neo4jGate";

describe("needsNeo4j", () => {
  it("should hold writes and reads of the graph, and unknown paths, to the gate", () => {
    expect(needsNeo4j("POST", "/queries")).toBe(true);
    expect(needsNeo4j("POST", "/layout")).toBe(true);
    expect(needsNeo4j("GET", "/search")).toBe(true);
    expect(needsNeo4j("GET", "/nodes/org:deepseek")).toBe(true);
    expect(needsNeo4j("POST", "/cypher")).toBe(true);
    expect(needsNeo4j("GET", "/nope")).toBe(true);
  });

  it("should let through what never touches Neo4j: the query library, the OpenAPI document, layout progress", () => {
    for (const path of ["/queries", "/queries/", "/openapi.json", "/layout", "/health"]) {
      expect(needsNeo4j("GET", path), path).toBe(false);
      expect(needsNeo4j("HEAD", path), path).toBe(false);
    }
  });
});
