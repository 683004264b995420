// Lexes Cypher just enough to gate it: strips comments, blanks string literals and quoted names, splits statements.

/** A statement with comments removed, string literals replaced by '' and `quoted names` by `_`. */
export interface ScannedCypher {
  /** Non-empty statements of the skeleton, trimmed, in order. */
  statements: string[];
  /** True when a string, quoted name or block comment never closes. */
  unterminated: boolean;
}

/**
 * Walks the text once. Whatever is inside a string literal, a backtick-quoted name or a comment can never be a
 * keyword, so the rules scan only what is left (the skeleton).
 */
export function scanCypher(text: string): ScannedCypher {
  const statements: string[] = [];
  let current = "";
  let unterminated = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    const next = text[i + 1];
    if (c === "/" && next === "/") {
      const end = text.indexOf("\n", i);
      i = end === -1 ? text.length : end;
      current += " ";
    } else if (c === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      if (end === -1) unterminated = true;
      i = end === -1 ? text.length : end + 2;
      current += " ";
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
      current += c === "`" ? "`_`" : "''";
      i = closed ? j + 1 : text.length;
    } else if (c === ";") {
      statements.push(current);
      current = "";
      i++;
    } else {
      current += c;
      i++;
    }
  }
  statements.push(current);
  return { statements: statements.map((s) => s.trim()).filter((s) => s.length > 0), unterminated };
}
