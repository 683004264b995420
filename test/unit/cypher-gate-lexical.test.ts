// Cypher's lexical rules as Neo4j 5.26 applies them: the verified whitespace set, \uXXXX escapes and control characters.
import { describe, expect, it } from "vitest";
import {
  CYPHER_WHITESPACE,
  decodeUnicodeEscapes,
  endsLineComment,
  isCypherWhitespace,
  isForbiddenControl,
} from "../../server/cypherGate/lexical";

describe("decodeUnicodeEscapes", () => {
  it("should leave malformed escapes as they are (Neo4j rejects them)", () => {
    expect(decodeUnicodeEscapes("RETURN \\u003 AS x")).toBe("RETURN \\u003 AS x");
    expect(decodeUnicodeEscapes("RETURN \\uuu0031")).toBe("RETURN \\uuu0031");
    expect(decodeUnicodeEscapes("RETURN \\U00000031")).toBe("RETURN \\U00000031");
    expect(decodeUnicodeEscapes("\\u00G1")).toBe("\\u00G1");
  });

  it("should decode escapes in keywords, names, strings and comments alike, in either hex case", () => {
    expect(decodeUnicodeEscapes("LO\\u0041D CSV")).toBe("LOAD CSV");
    expect(decodeUnicodeEscapes("x\\u004a x\\u004A")).toBe("xJ xJ");
    expect(decodeUnicodeEscapes("'\\u0027 AS x")).toBe("'' AS x");
    expect(decodeUnicodeEscapes("// c\\u000aCREATE")).toBe("// c\nCREATE");
  });

  it("should start an escape only after an even number of raw backslashes", () => {
    expect(decodeUnicodeEscapes("'a\\\\u0041'")).toBe("'a\\\\u0041'");
    expect(decodeUnicodeEscapes("'a\\\\\\u0041'")).toBe("'a\\\\A'");
  });

  it("should not let a decoded backslash start another escape, nor count as a raw one", () => {
    expect(decodeUnicodeEscapes("\\u005cu0031")).toBe("\\u0031");
    expect(decodeUnicodeEscapes("\\u005c\\u0041")).toBe("\\A");
  });
});

describe("isCypherWhitespace", () => {
  it("should refuse what Neo4j does not read as whitespace", () => {
    for (const ch of ["\u0085", "\u180e", "\u200b", "\ufeff", "+", "a", "\u0000", "\u001b"]) {
      expect(isCypherWhitespace(ch), ch.charCodeAt(0).toString(16)).toBe(false);
    }
  });

  it("should hold the 28 code points verified on the server, including U+001C–U+001F", () => {
    expect(CYPHER_WHITESPACE).toHaveLength(28);
    for (const cp of [0x1c, 0x1d, 0x1e, 0x1f, 0xa0, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) {
      expect(isCypherWhitespace(String.fromCharCode(cp))).toBe(true);
    }
  });
});

describe("endsLineComment and isForbiddenControl", () => {
  it("should end a // comment at LF and CR only", () => {
    expect(["\n", "\r"].every(endsLineComment)).toBe(true);
    expect(["\u2028", "\u2029", "\u0085", "\u000b", "\u000c"].some(endsLineComment)).toBe(false);
  });

  it("should treat every C0 and C1 control but tab, LF and CR as forbidden", () => {
    expect(["\t", "\n", "\r", " ", "a", "\u00a0"].some(isForbiddenControl)).toBe(false);
    for (const cp of [0x00, 0x0b, 0x0c, 0x1c, 0x1f, 0x7f, 0x85, 0x9f]) {
      expect(isForbiddenControl(String.fromCharCode(cp)), cp.toString(16)).toBe(true);
    }
  });
});
