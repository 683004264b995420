import type { QueryDefinition } from "@domain/queries/queryDefinition";
import { describe, expect, it } from "vitest";
import {
  checkRun,
  formDefaults,
  isEntityParam,
  offsetAt,
  paramsFromForm,
  parseParamsText,
  positionAt,
  queryParamNames,
} from "./params";

const definition: QueryDefinition = {
  id: "claims-about-entity",
  title: "Claims about an entity",
  description: "d",
  cypher: "MATCH (e {id: $entityId}) RETURN e LIMIT $limit",
  params: [
    { name: "entityId", type: "string", description: "e", optional: false, example: "org:deepseek" },
    { name: "limit", type: "integer", description: "l", optional: true, example: 10 },
    { name: "ratio", type: "number", description: "r", optional: true },
    { name: "strict", type: "boolean", description: "s", optional: true, example: false },
    { name: "ids", type: "string[]", description: "i", optional: true, example: ["a", "b"] },
  ],
};

describe("parameters checked before a run", () => {
  it("should refuse JSON that does not parse, and say where", () => {
    const result = parseParamsText('{\n  "entityId": "org:deepseek",\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("PARAMS_INVALID");
    expect(result.error.in).toBe("params");
    expect(result.error.position?.line).toBe(3);
  });

  it("should refuse parameters that are not an object, or whose keys are not parameter names", () => {
    expect(parseParamsText("[1, 2]").ok).toBe(false);
    expect(parseParamsText("null").ok).toBe(false);
    const bad = parseParamsText('{"not a name": 1}');
    expect(bad.ok ? null : bad.error.message).toContain("not a Cypher parameter name");
  });

  it("should read empty parameters as none and a JSON object as it is", () => {
    expect(parseParamsText("  ")).toEqual({ ok: true, value: {} });
    expect(parseParamsText('{"id": "org:deepseek", "n": 3}')).toEqual({
      ok: true,
      value: { id: "org:deepseek", n: 3 },
    });
  });

  it("should refuse an empty query, and a query whose $parameters are not all given", () => {
    expect(checkRun("  ", "").ok).toBe(false);
    const missing = checkRun("MATCH (e {id: $entityId}) WHERE e.x > $min RETURN e", '{"min": 1}');
    expect(missing.ok).toBe(false);
    if (missing.ok) return;
    expect(missing.error.code).toBe("PARAMS_MISSING");
    expect(missing.error.message).toContain("$entityId");
    expect(missing.error.message).not.toContain("$min");
  });

  it("should find the $parameters a query uses, not those in strings or comments, dynamic labels included", () => {
    const query =
      "// $commented\nMATCH (a)-[r:$($type)]->(b {name: '$notOne'}) WHERE a.id = $id /* $no */ RETURN a, $id";
    expect(queryParamNames(query)).toEqual(["type", "id"]);
  });

  it("should pass a query with all its parameters", () => {
    expect(checkRun("MATCH (n {id: $id}) RETURN n", '{"id": "x"}')).toEqual({
      ok: true,
      value: { query: "MATCH (n {id: $id}) RETURN n", params: { id: "x" } },
    });
  });

  it("should convert between offsets and 1-based lines and columns", () => {
    const text = "ab\ncde\nf";
    expect(positionAt(text, 4)).toEqual({ line: 2, column: 2 });
    expect(offsetAt(text, { line: 2, column: 2 })).toBe(4);
    expect(offsetAt(text, { line: 9, column: 9 })).toBe(text.length);
  });
});

describe("library forms", () => {
  it("should refuse a missing required value and values of the wrong type", () => {
    const result = paramsFromForm(definition, { entityId: " ", limit: "1.5", strict: "yes", ratio: "abc" });
    expect(result).toEqual({
      ok: false,
      errors: { entityId: "Required.", limit: "A whole number.", strict: "true or false.", ratio: "A number." },
    });
  });

  it("should start from the examples and type every value, empty optional ones as null", () => {
    const values = formDefaults(definition);
    expect(values).toEqual({ entityId: "org:deepseek", limit: "10", ratio: "", strict: "false", ids: "a, b" });
    expect(paramsFromForm(definition, values)).toEqual({
      ok: true,
      params: { entityId: "org:deepseek", limit: 10, ratio: null, strict: false, ids: ["a", "b"] },
    });
  });
});

describe("entity parameters", () => {
  it("should not offer a picker for numbers, lists or strings that are not ids", () => {
    expect(isEntityParam({ name: "entityId", type: "integer" })).toBe(false);
    expect(isEntityParam({ name: "entityIds", type: "string[]" })).toBe(false);
    expect(isEntityParam({ name: "text", type: "string" })).toBe(false);
    expect(isEntityParam({ name: "currency", type: "string" })).toBe(false);
    expect(isEntityParam({ name: "valid", type: "string" })).toBe(false);
  });

  it("should offer a picker for the library's id parameters", () => {
    for (const name of ["id", "entityId", "fromId", "toId"]) expect(isEntityParam({ name, type: "string" })).toBe(true);
  });
});
