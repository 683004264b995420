// Pure check of a parsed JSON value against structural limits and prototype-pollution keys; names the first offence.
import type { JsonLimits } from "./settings";

/** Keys that can reach Object.prototype when a parsed value is merged or spread somewhere later. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

export type LimitReason =
  | "forbidden-key"
  | "too-deep"
  | "string-too-long"
  | "list-too-long"
  | "too-many-keys"
  | "key-too-long"
  | "too-many-values";

export type JsonPath = Array<string | number>;

export interface LimitViolation {
  path: JsonPath;
  reason: LimitReason;
  message: string;
}

export interface CheckOptions {
  /** Objects under this key are checked against `nestedLimits`, counted from their own top. */
  nestedKey?: string;
  nestedLimits?: JsonLimits;
}

interface Scope {
  limits: JsonLimits;
  values: number;
}

function violation(path: JsonPath, reason: LimitReason, message: string): LimitViolation {
  return { path, reason, message };
}

function walk(
  value: unknown,
  path: JsonPath,
  depth: number,
  scope: Scope,
  options: CheckOptions,
): LimitViolation | undefined {
  const { limits } = scope;
  scope.values += 1;
  if (scope.values > limits.maxValues) {
    return violation(path, "too-many-values", `must hold at most ${limits.maxValues} values in all`);
  }
  if (typeof value === "string") {
    return value.length > limits.maxStringLength
      ? violation(path, "string-too-long", `must be at most ${limits.maxStringLength} characters`)
      : undefined;
  }
  if (value === null || typeof value !== "object") return undefined;
  if (depth > limits.maxDepth) {
    return violation(path, "too-deep", `must be nested at most ${limits.maxDepth} levels deep`);
  }
  if (Array.isArray(value)) {
    if (value.length > limits.maxArrayLength) {
      return violation(path, "list-too-long", `must hold at most ${limits.maxArrayLength} items`);
    }
    for (let i = 0; i < value.length; i++) {
      const found = walk(value[i], [...path, i], depth + 1, scope, options);
      if (found) return found;
    }
    return undefined;
  }
  const keys = Object.keys(value);
  if (keys.length > limits.maxKeys) return violation(path, "too-many-keys", `must have at most ${limits.maxKeys} keys`);
  for (const key of keys) {
    const at = [...path, key];
    if (FORBIDDEN_KEYS.has(key)) return violation(at, "forbidden-key", `"${key}" is not allowed as a key`);
    if (key.length > limits.maxKeyLength) {
      return violation(at, "key-too-long", `keys must be at most ${limits.maxKeyLength} characters`);
    }
    const child = (value as Record<string, unknown>)[key];
    const nested = options.nestedKey === key && options.nestedLimits && child !== null && typeof child === "object";
    const found = nested
      ? walk(child, at, 1, { limits: options.nestedLimits as JsonLimits, values: 0 }, {})
      : walk(child, at, depth + 1, scope, options);
    if (found) return found;
  }
  return undefined;
}

/** The first place where `value` breaks `limits`, or undefined when it is within them. */
export function findJsonViolation(
  value: unknown,
  limits: JsonLimits,
  options: CheckOptions = {},
): LimitViolation | undefined {
  return walk(value, [], 1, { limits, values: 0 }, options);
}

/** "params.a[0].b" for messages; the problem's `issues[].path` keeps the array form. */
export function formatPath(path: JsonPath): string {
  return path.reduce<string>(
    (out, part) => (typeof part === "number" ? `${out}[${part}]` : out === "" ? part : `${out}.${part}`),
    "",
  );
}
