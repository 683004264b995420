// Counts the UTF-8 bytes JSON.stringify would write for a value, without writing it: the unit of every answer budget.

/**
 * Bytes of `JSON.stringify(s)` in UTF-8, quotes included, computed by scanning the UTF-16 code units: `"` and `\`
 * take 2, control characters 2 (\n, \t, …) or 6 (\u00XX), a surrogate pair 4, a lone surrogate 6 (JSON.stringify
 * escapes it as \uDXXX), and every other code unit 1, 2 or 3, as UTF-8 encodes it.
 */
export function jsonStringBytes(s: string): number {
  let bytes = 2;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x0c || c === 0x0a || c === 0x0d || c === 0x09) bytes += 2;
      else bytes += c < 0x20 ? 6 : 1;
    } else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 6;
    } else if (c >= 0xdc00 && c <= 0xdfff) bytes += 6;
    else bytes += 3;
  }
  return bytes;
}

/**
 * Bytes of `JSON.stringify(value)` in UTF-8 for plain JSON values (null, booleans, finite numbers, strings, arrays and
 * objects of them; keys and values left out by JSON.stringify — undefined, functions — count nothing). Throws a
 * TypeError for what JSON.stringify would not write faithfully (bigint, non-finite numbers), so a count never lies.
 */
export function jsonBytes(value: unknown): number {
  if (value === null) return 4;
  switch (typeof value) {
    case "string":
      return jsonStringBytes(value);
    case "boolean":
      return value ? 4 : 5;
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`jsonBytes: ${value} has no JSON form`);
      return String(value).length;
    case "object": {
      if (Array.isArray(value)) {
        let bytes = 2 + Math.max(0, value.length - 1);
        for (const v of value) bytes += v === undefined || typeof v === "function" ? 4 : jsonBytes(v);
        return bytes;
      }
      let bytes = 2;
      let first = true;
      for (const key of Object.keys(value)) {
        const v = (value as Record<string, unknown>)[key];
        if (v === undefined || typeof v === "function") continue;
        bytes += (first ? 0 : 1) + jsonStringBytes(key) + 1 + jsonBytes(v);
        first = false;
      }
      return bytes;
    }
    default:
      throw new TypeError(`jsonBytes: a ${typeof value} has no JSON form`);
  }
}
