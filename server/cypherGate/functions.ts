// User-defined functions (plugins such as APOC) never show as plan operators: the gate finds their names in the text.
import type { CypherRefusal } from "./refusal";

/**
 * True when `name` matches an allowlist entry, case-insensitively; an entry "x.*" allows every name under x.
 * Shared by procedures and functions.
 */
export function nameAllowed(name: string, allowlist: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return allowlist.some((entry) => {
    const e = entry.toLowerCase();
    return e.endsWith(".*") ? lower.startsWith(e.slice(0, -1)) : lower === e;
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A call of `name` (e.g. "apoc.text.join") anywhere in `text`: the parts in order, whitespace allowed around the
 * dots and before "(", case-insensitive, and not the tail of a longer name or a property (`n.apoc.text.join(`).
 */
function callPattern(name: string): RegExp {
  const parts = name.split(".").map(escapeRegExp);
  return new RegExp(`(?<![\\w.$])${parts.join("\\s*\\.\\s*")}\\s*\\(`, "i");
}

/**
 * Which of `functions` (the server's non-built-in function names) are called in any of `texts` (a query skeleton
 * with strings blanked, or EXPLAIN's operator details) without being on `allowlist`. Returns names, in list order.
 */
export function refusedFunctions(
  texts: readonly string[],
  functions: readonly string[],
  allowlist: readonly string[],
): string[] {
  return functions.filter(
    (name) => !nameAllowed(name, allowlist) && texts.some((text) => callPattern(name).test(text)),
  );
}

/** Refuses (CYPHER_FUNCTION_NOT_ALLOWED) when `texts` call a user-defined function outside the allowlist. */
export function checkUserFunctions(
  texts: readonly string[],
  functions: readonly string[],
  allowlist: readonly string[],
): CypherRefusal | null {
  const refused = refusedFunctions(texts, functions, allowlist);
  if (refused.length === 0) return null;
  return {
    code: "CYPHER_FUNCTION_NOT_ALLOWED",
    reason:
      `The function ${refused[0]} is a plugin's, not one of Cypher's own, and is not allowed here` +
      (allowlist.length > 0 ? `; allowed: ${allowlist.join(", ")}.` : "."),
  };
}
