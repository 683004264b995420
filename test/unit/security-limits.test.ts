import { describe, expect, it } from "vitest";
import { bearerToken, tokensMatch } from "../../server/http/security/auth";
import { findJsonViolation, formatPath } from "../../server/http/security/jsonLimits";
import { findQueryViolation, keySegments } from "../../server/http/security/queryLimits";
import { DEFAULT_SECURITY_SETTINGS } from "../../server/http/security/settings";

const { body, params, query } = DEFAULT_SECURITY_SETTINGS;
const nested = { nestedKey: "params", nestedLimits: params };
const deep = (levels: number): unknown => (levels === 0 ? 1 : { a: deep(levels - 1) });

describe("findJsonViolation", () => {
  it("should reject __proto__, constructor and prototype keys at any depth", () => {
    for (const key of ["__proto__", "constructor", "prototype"]) {
      const value = JSON.parse(`{"select": {"ids": [{"${key}": {"polluted": true}}]}}`);
      expect(findJsonViolation(value, body)).toMatchObject({
        reason: "forbidden-key",
        path: ["select", "ids", 0, key],
      });
    }
  });

  it("should reject nesting deeper than the limit and name the path", () => {
    const found = findJsonViolation({ query: "RETURN 1", params: deep(6) }, body, nested);
    expect(found).toMatchObject({ reason: "too-deep", path: ["params", "a", "a", "a", "a"] });
    expect(found?.message).toMatch(/at most 4 levels/);
  });

  it("should reject long strings, long lists, many keys and too many values", () => {
    expect(findJsonViolation({ query: "x".repeat(20_001) }, body)).toMatchObject({ reason: "string-too-long" });
    expect(findJsonViolation({ params: { list: new Array(1001).fill(0) } }, body, nested)).toMatchObject({
      reason: "list-too-long",
      path: ["params", "list"],
    });
    const wide = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, i]));
    expect(findJsonViolation({ params: wide }, body, nested)).toMatchObject({ reason: "too-many-keys" });
    const many = { params: { a: new Array(1000).fill(0), b: new Array(1000).fill(0), c: new Array(1000).fill(0) } };
    expect(
      findJsonViolation(many, body, { nestedKey: "params", nestedLimits: { ...params, maxValues: 2500 } }),
    ).toMatchObject({ reason: "too-many-values" });
  });

  it("should accept what the API legitimately receives", () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => `org:company-${i}`);
    expect(findJsonViolation({ format: "gexf", select: { by: "ids", ids } }, body, nested)).toBeUndefined();
    expect(findJsonViolation({ query: "MATCH (n) RETURN n", params: { id: "x", ids: ["a", "b"] } }, body, nested)).toBe(
      undefined,
    );
  });

  it("should format paths for messages", () => {
    expect(formatPath(["params", "a", 0, "b"])).toBe("params.a[0].b");
    expect(formatPath([])).toBe("");
  });
});

describe("findQueryViolation", () => {
  it("should reject prototype keys, also inside bracket or dot notation", () => {
    expect(keySegments("a[__proto__][x]")).toEqual(["a", "__proto__", "x"]);
    for (const key of ["__proto__", "a[__proto__]", "a.constructor", "prototype"]) {
      expect(findQueryViolation({ [key]: "1" }, query)).toMatchObject({ reason: "forbidden-key", path: [key] });
    }
  });

  it("should reject long values, too many repeats and too many parameters", () => {
    expect(findQueryViolation({ q: "x".repeat(2001) }, query)).toMatchObject({
      reason: "string-too-long",
      path: ["q"],
    });
    expect(findQueryViolation({ types: new Array(101).fill("Person") }, query)).toMatchObject({
      reason: "list-too-long",
    });
    const many = Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`k${i}`, "1"]));
    expect(findQueryViolation(many, query)).toMatchObject({ reason: "too-many-keys" });
  });

  it("should accept an ordinary search", () => {
    expect(findQueryViolation({ q: "بنك أوف أمريكا", types: ["Person", "Organization"], limit: "20" }, query)).toBe(
      undefined,
    );
  });
});

describe("bearer token", () => {
  it("should read only a well-formed Bearer header", () => {
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken("Basic abc")).toBeUndefined();
    expect(bearerToken("Bearer")).toBeUndefined();
    expect(bearerToken("Bearer a b")).toBeUndefined();
    expect(bearerToken("bearer s3cret-token")).toBe("s3cret-token");
  });

  it("should compare tokens of any length without throwing", () => {
    expect(tokensMatch("short", "a-much-longer-expected-token")).toBe(false);
    expect(tokensMatch("same-token-123456", "same-token-123456")).toBe(true);
  });
});
