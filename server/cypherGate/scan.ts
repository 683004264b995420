// Lexes Cypher by Neo4j's own lexical rules just enough to gate it: decodes escapes, strips comments, splits statements.
import { decodeUnicodeEscapes, endsLineComment, isCypherWhitespace, isForbiddenControl } from "./lexical";

/** A statement with comments removed, string literals replaced by '' and `quoted names` by `_`. */
export interface ScannedCypher {
  /**
   * Non-empty statements of the skeleton, trimmed, in order. Every Cypher whitespace character is a space (a line
   * feed for LF and CR), so a rule's `\s` sees exactly what Neo4j's lexer sees.
   */
  statements: string[];
  /** The same statements with each quoted name's text in place of `_` (`apoc`.f( reads apoc.f(), for name checks. */
  named: string[];
  /** True when a string, quoted name or block comment never closes. */
  unterminated: boolean;
  /** The first control character outside string literals (code, comment or quoted name), if any. */
  control: { codePoint: number; offset: number } | null;
}

/**
 * Decodes `\uXXXX` escapes first, as Neo4j does before lexing, then walks the text once. Whatever is inside a string
 * literal, a backtick-quoted name or a comment can never be a keyword, so the rules scan only what is left.
 * Takes any string; never throws.
 */
export function scanCypher(raw: string): ScannedCypher {
  const text = decodeUnicodeEscapes(raw);
  const statements: string[] = [];
  const named: string[] = [];
  let current = "";
  let currentNamed = "";
  let unterminated = false;
  let control: ScannedCypher["control"] = null;
  const noteControls = (from: number, to: number) => {
    for (let k = from; control === null && k < to; k++) {
      if (isForbiddenControl(text[k] as string)) control = { codePoint: text.charCodeAt(k), offset: k };
    }
  };
  const emit = (skeleton: string, withNames = skeleton) => {
    current += skeleton;
    currentNamed += withNames;
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    const next = text[i + 1];
    if (c === "/" && next === "/") {
      let end = i + 2;
      while (end < text.length && !endsLineComment(text[end] as string)) end++;
      noteControls(i, end);
      i = end;
      emit(" ");
    } else if (c === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      if (end === -1) unterminated = true;
      const stop = end === -1 ? text.length : end + 2;
      noteControls(i, stop);
      i = stop;
      emit(" ");
    } else if (c === "'" || c === '"' || c === "`") {
      let j = i + 1;
      let closed = false;
      while (j < text.length) {
        const d = text[j];
        if (d === "\\" && c !== "`") {
          j += 2;
          continue;
        }
        if (d === c) {
          // A doubled backtick inside a quoted name is an escaped backtick.
          if (c === "`" && text[j + 1] === "`") {
            j += 2;
            continue;
          }
          closed = true;
          break;
        }
        j++;
      }
      if (!closed) unterminated = true;
      if (c === "`") {
        noteControls(i, Math.min(j, text.length));
        emit("`_`", text.slice(i + 1, Math.min(j, text.length)).replaceAll("``", "`"));
      } else {
        emit("''");
      }
      i = closed ? j + 1 : text.length;
    } else if (c === ";") {
      statements.push(current);
      named.push(currentNamed);
      current = "";
      currentNamed = "";
      i++;
    } else if (isCypherWhitespace(c)) {
      noteControls(i, i + 1);
      emit(c === "\n" || c === "\r" ? "\n" : " ");
      i++;
    } else {
      noteControls(i, i + 1);
      emit(c);
      i++;
    }
  }
  statements.push(current);
  named.push(currentNamed);
  const kept = statements.map((s, k) => [s.trim(), (named[k] ?? "").trim()] as const).filter(([s]) => s.length > 0);
  return { statements: kept.map(([s]) => s), named: kept.map(([, n]) => n), unterminated, control };
}
