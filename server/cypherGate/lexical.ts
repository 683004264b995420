// Cypher's lexical rules as Neo4j 5.26 applies them (whitespace, \uXXXX escapes, line ends), each verified on the server.

/**
 * Every code point Neo4j 5.26's lexer reads as whitespace. Verified on Neo4j 5.26.30 Community by EXPLAINing
 * `RETURN<ch>1` and then `MATCH<ch>(n)<ch>RETURN<ch>n<ch>LIMIT<ch>1` for every BMP code point U+0000–U+FFFF
 * (surrogates left out) and every 251st code point of U+10000–U+10FFFF: exactly these parse. ('+', '-' and '.' also
 * pass the first probe, as an operator or a decimal point, and fail the second.) Not whitespace to Neo4j: U+0085,
 * U+180E, U+200B, U+FEFF (JavaScript's \s counts U+FEFF and misses U+001C–U+001F, hence this list).
 */
export const CYPHER_WHITESPACE: readonly number[] = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
  0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
];

const WHITESPACE = new Set(CYPHER_WHITESPACE);

/** True when Neo4j reads the UTF-16 code unit `ch` as whitespace between tokens. */
export function isCypherWhitespace(ch: string): boolean {
  return WHITESPACE.has(ch.charCodeAt(0));
}

/**
 * The characters that end a `//` comment: LF and CR only. Verified by EXPLAINing `RETURN 1 AS x //c<ch>+` for
 * U+0000–U+009F and every whitespace code point above: only with LF or CR does the `+` leave the comment.
 */
export function endsLineComment(ch: string): boolean {
  return ch === "\n" || ch === "\r";
}

/** A C0 or C1 control character (Unicode category Cc) other than tab, line feed and carriage return. */
export function isForbiddenControl(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c === 0x09 || c === 0x0a || c === 0x0d) return false;
  return c <= 0x1f || (c >= 0x7f && c <= 0x9f);
}

const HEX4 = /^[0-9A-Fa-f]{4}$/;

/**
 * Decodes `\uXXXX` escapes the way Neo4j 5.26 does before it lexes anything — in keywords, names, comments and inside
 * string literals alike (so `'\u0027` closes a string and `// \u000a` ends a comment). Verified on the server:
 * exactly one `u` and four hex digits of either case (`\uuu0031` and `\u003 ` are syntax errors, left as they are
 * here); a backslash starts an escape only after an even number of raw backslashes (`'\\u0041'` stays `\u0041`,
 * `'\\\u0041'` is `\A`); a decoded backslash starts nothing (`\u005cu0031` is not `1`). `\UXXXXXXXX` is not decoded.
 * Takes any string; returns the decoded string (UTF-16, unpaired surrogates kept as decoded).
 */
export function decodeUnicodeEscapes(text: string): string {
  if (!text.includes("\\u")) return text;
  let out = "";
  let rawBackslashes = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === "\\" && rawBackslashes % 2 === 0 && text[i + 1] === "u" && HEX4.test(text.slice(i + 2, i + 6))) {
      out += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16));
      rawBackslashes = 0;
      i += 6;
      continue;
    }
    rawBackslashes = c === "\\" ? rawBackslashes + 1 : 0;
    out += c;
    i++;
  }
  return out;
}
