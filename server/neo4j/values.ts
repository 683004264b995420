// Converts Neo4j values to plain JSON-safe values in one place; integers never silently lose precision.
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
} from "neo4j-driver";

/**
 * A Neo4j Integer becomes a JS number when it is a safe integer, and a decimal string otherwise,
 * so 2^53 + 1 arrives as "9007199254740993" rather than a rounded number.
 */
export function toPlainInteger(value: {
  toString(): string;
  inSafeRange(): boolean;
  toNumber(): number;
}): number | string {
  return value.inSafeRange() ? value.toNumber() : value.toString();
}

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings and numbers: skip the driver's type checks for them (graphs of 100k nodes map fast).
  const kind = typeof value;
  if (kind === "string" || kind === "number" || kind === "boolean") return value;
  if (neo4j.isInt(value)) return toPlainInteger(value);
  if (typeof value === "bigint") {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (isNode(value)) {
    return { elementId: value.elementId, labels: value.labels, properties: toPlainRecord(value.properties) };
  }
  if (isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      startNodeElementId: value.startNodeElementId,
      endNodeElementId: value.endNodeElementId,
      properties: toPlainRecord(value.properties),
    };
  }
  if (isPath(value)) {
    return {
      start: toPlain(value.start),
      end: toPlain(value.end),
      segments: value.segments.map((s) => ({
        start: toPlain(s.start),
        relationship: toPlain(s.relationship),
        end: toPlain(s.end),
      })),
    };
  }
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isLocalTime(value) ||
    isTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isPoint(value))
    return { srid: toPlain(value.srid), x: value.x, y: value.y, ...(value.z !== undefined ? { z: value.z } : {}) };
  if (typeof value === "object") return toPlainRecord(value as Record<string, unknown>);
  return value;
}

export function toPlainRecord(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) out[k] = toPlain(v);
  return out;
}
