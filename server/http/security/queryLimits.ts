// Pure check of a parsed query string: sizes, repeats and prototype-pollution keys (also as a[__proto__] or a.constructor).
import { FORBIDDEN_KEYS, type LimitViolation } from "./jsonLimits";
import type { QueryStringLimits } from "./settings";

/** The parts a nested-query parser would see in a key: "a[__proto__][x]" → a, __proto__, x. */
export function keySegments(key: string): string[] {
  return key.split(/[[\].]/).filter((s) => s !== "");
}

export function findQueryViolation(
  query: Record<string, unknown>,
  limits: QueryStringLimits,
): LimitViolation | undefined {
  const keys = Object.keys(query);
  if (keys.length > limits.maxKeys) {
    return { path: [], reason: "too-many-keys", message: `must have at most ${limits.maxKeys} parameters` };
  }
  for (const key of keys) {
    const forbidden =
      keySegments(key).find((s) => FORBIDDEN_KEYS.has(s)) ?? (FORBIDDEN_KEYS.has(key) ? key : undefined);
    if (forbidden) return { path: [key], reason: "forbidden-key", message: `"${forbidden}" is not allowed as a key` };
    if (key.length > limits.maxKeyLength) {
      return { path: [key], reason: "key-too-long", message: `keys must be at most ${limits.maxKeyLength} characters` };
    }
    const raw = query[key];
    const values = Array.isArray(raw) ? raw : [raw];
    if (values.length > limits.maxRepeats) {
      return { path: [key], reason: "list-too-long", message: `may be repeated at most ${limits.maxRepeats} times` };
    }
    for (const value of values) {
      if (typeof value !== "string") {
        return { path: [key], reason: "too-deep", message: "must be a plain value, not a nested structure" };
      }
      if (value.length > limits.maxValueLength) {
        return {
          path: [key],
          reason: "string-too-long",
          message: `must be at most ${limits.maxValueLength} characters`,
        };
      }
    }
  }
  return undefined;
}
