import { parametersUsed, parseQueryFile } from "@domain/queries/parseQueryFile";
import { describe, expect, it } from "vitest";
import { bindParams, exampleValues } from "../../server/queryLibrary/bindParams";
import { loadQueryLibrary } from "../../server/queryLibrary/queryLibrary";

const GOOD = `// title: Claims about an entity
// description: All claims about one entity.
// param: entityId string "The entity, e.g. org:deepseek" example "org:deepseek"
// param: limit integer "At most this many" (optional) example 10
MATCH (c:Claim)-[:ABOUT]->(e:Entity {id: $entityId})
RETURN c LIMIT coalesce($limit, 100)
`;

const errorsOf = (text: string, id = "q") => {
  const parsed = parseQueryFile(id, text);
  return parsed.ok ? [] : parsed.errors;
};

describe("parseQueryFile", () => {
  it("should require a title, a description and some Cypher", () => {
    expect(errorsOf('// param: x string "X" example "a"\n')).toEqual([
      "the header needs a title",
      "the header needs a description",
      "the file has no Cypher after its header",
      "param x is declared but never used",
    ]);
  });

  it("should refuse unknown header keys, malformed params and a non-kebab file name", () => {
    const errors = errorsOf(
      '// title: T\n// description: D\n// author: me\n// param: x "no type"\nRETURN 1',
      "Bad_Name",
    );
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^header line 3/);
    expect(errors[1]).toBe(
      'param line must look like: name type "description" [(optional)] [example <JSON>], not: x "no type"',
    );
    expect(errors[2]).toMatch(/kebab-case/);
  });

  it("should refuse examples that are not JSON or not of the param's type, and required params without one", () => {
    const header = "// title: T\n// description: D\n";
    expect(errorsOf(`${header}// param: x integer "X" example ten\nRETURN $x`)).toEqual([
      'param x: example must be JSON, e.g. "org:deepseek" or 10',
      "$x is used but not declared",
    ]);
    expect(errorsOf(`${header}// param: x integer "X" example "ten"\nRETURN $x`)).toEqual([
      "param x: example is not of type integer",
    ]);
    expect(errorsOf(`${header}// param: x string "X"\nRETURN $x`)).toEqual([
      "param x: a required param needs an example",
    ]);
  });

  it("should refuse parameters used but not declared, and declared but not used", () => {
    expect(errorsOf('// title: T\n// description: D\n// param: a string "A" example "x"\nRETURN $b')).toEqual([
      "$b is used but not declared",
      "param a is declared but never used",
    ]);
  });

  it("should parse the header into title, description and typed params with examples", () => {
    const parsed = parseQueryFile("claims-about", GOOD);
    expect(parsed).toEqual({
      ok: true,
      query: {
        id: "claims-about",
        title: "Claims about an entity",
        description: "All claims about one entity.",
        params: [
          {
            name: "entityId",
            type: "string",
            description: "The entity, e.g. org:deepseek",
            optional: false,
            example: "org:deepseek",
          },
          { name: "limit", type: "integer", description: "At most this many", optional: true, example: 10 },
        ],
        cypher: GOOD,
      },
    });
  });

  it("should ignore $ signs inside string literals and comments", () => {
    expect([...parametersUsed("// uses $nothing\nRETURN '$no', \"$none\", $yes, $($label)")]).toEqual(["yes", "label"]);
  });
});

describe("bindParams", () => {
  const parsed = parseQueryFile("q", GOOD);
  if (!parsed.ok) throw new Error("GOOD must parse");
  const query = parsed.query;

  it("should refuse missing required params, wrong types and unknown params", () => {
    expect(bindParams(query, { limit: "ten", extra: 1 })).toEqual({
      ok: false,
      errors: ["extra: not a parameter of q", "entityId: is required", "limit: must be of type integer"],
    });
  });

  it("should pass optional params as null and integers as Neo4j integers", () => {
    const bound = bindParams(query, { entityId: "org:x" });
    expect(bound).toEqual({ ok: true, params: { entityId: "org:x", limit: null } });
    const withLimit = bindParams(query, exampleValues(query));
    expect(withLimit.ok && String(withLimit.params.limit)).toBe("10");
  });
});

describe("the query library", () => {
  it("should hold at least 8 well-formed researcher questions", () => {
    const library = loadQueryLibrary();
    expect(library.length).toBeGreaterThanOrEqual(8);
    for (const q of library) expect(bindParams(q, exampleValues(q)).ok).toBe(true);
  });
});
