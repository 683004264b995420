// Converts Neo4j values in one place: to plain JSON-safe values for the app's own queries, to typed cells for a researcher's.

import type { Cell, CellMap, NodeCell, OmittedReason, RelationshipCell, TemporalType } from "@domain/contracts/cell";
import neo4j, {
  type DateTime,
  type Duration,
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
  type LocalDateTime,
  type LocalTime,
  type Date as Neo4jDate,
  type Node,
  type Path,
  type Point,
  type Relationship,
  type Time,
} from "neo4j-driver";
import { jsonStringBytes } from "../text/jsonBytes";
import {
  dateText,
  dateTimeText,
  durationText,
  floatText,
  localDateTimeText,
  localTimeText,
  pointText,
  timeText,
} from "./neo4jText";

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

/** Sets an own, enumerable property, so a key named `__proto__` is kept as data instead of changing the prototype. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * A driver value as plain JSON-safe data (the app's own queries and the graph's attributes): safe integers as numbers,
 * others as decimal strings; floats as numbers, except NaN and ±Infinity, which JSON cannot hold, as Neo4j's text
 * (`"NaN"`, `"Infinity"`, `"-Infinity"`); nodes as {elementId, labels, properties}; temporal values as Neo4j writes them.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings and numbers: skip the driver's type checks for them (graphs of 100k nodes map fast).
  const kind = typeof value;
  if (kind === "string" || kind === "boolean") return value;
  if (kind === "number") return Number.isFinite(value) ? value : floatText(value as number);
  if (neo4j.isInt(value)) return toPlainInteger(value);
  if (typeof value === "bigint") {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (Array.isArray(value)) return plainList(value);
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
  const text = temporalText(value);
  if (text !== undefined) return text[1];
  if (isPoint(value))
    return { srid: toPlain(value.srid), x: value.x, y: value.y, ...(value.z !== undefined ? { z: value.z } : {}) };
  if (typeof value === "object") return toPlainRecord(value as Record<string, unknown>);
  return value;
}

/**
 * A list as plain values. A list of strings (an edge's quotes and source ids, a node's aliases) is already plain: the
 * driver's own array is returned, not copied, since it decoded a fresh one for this answer.
 */
function plainList(list: unknown[]): unknown[] {
  for (let i = 0; i < list.length; i++) if (typeof list[i] !== "string") return list.map(toPlain);
  return list;
}

/**
 * A map's entries as plain values; every key stays an own property, `__proto__` and `constructor` included. Plain
 * assignment for every key but `__proto__` (the only one assignment would not make an own data property): this runs
 * for every property of every node and relationship an answer maps, and defineProperty costs several times more.
 */
export function toPlainRecord(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(record)) {
    if (k === "__proto__") setOwn(out, k, toPlain(record[k]));
    else out[k] = toPlain(record[k]);
  }
  return out;
}

/** The Query API type and Neo4j's toString() text of a temporal value or duration, or undefined for anything else. */
function temporalText(value: unknown): [TemporalType, string] | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  if (isDate(value)) return ["Date", dateText(value as Neo4jDate)];
  if (isDateTime(value)) {
    const v = value as DateTime;
    return [v.timeZoneId ? "ZonedDateTime" : "OffsetDateTime", dateTimeText(v)];
  }
  if (isLocalDateTime(value)) return ["LocalDateTime", localDateTimeText(value as LocalDateTime)];
  if (isTime(value)) return ["Time", timeText(value as Time)];
  if (isLocalTime(value)) return ["LocalTime", localTimeText(value as LocalTime)];
  if (isDuration(value)) return ["Duration", durationText(value as Duration)];
  return undefined;
}

// ---------- typed cells (Neo4j's Query API JSON) for a researcher's query ----------

/** Maps built here have no prototype, so a key named `__proto__` is an ordinary entry. */
const emptyMap = (): CellMap => Object.create(null) as CellMap;

// The fixed bytes of each JSON shape (all ASCII), spelled out so the counts below read like the shapes they count.
const TAG_BYTES = '{"$type":"","_value":}'.length;
const NODE_BYTES = '{"_element_id":,"_labels":,"_properties":}'.length;
const RELATIONSHIP_BYTES = '{"_element_id":,"_start_node_element_id":,"_end_node_element_id":,"_type":,"_properties":}'
  .length;
const OMITTED_BYTES = '{"reason":"","bytes":}'.length;
const tagBytes = (type: string, valueBytes: number) => TAG_BYTES + type.length + valueBytes;

const isMap = (v: object): v is Record<string, unknown> => {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

const isBytes = (v: unknown): v is Int8Array | Uint8Array => v instanceof Int8Array || v instanceof Uint8Array;
const base64 = (v: Int8Array | Uint8Array) => Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("base64");

function integerText(value: unknown): string | undefined {
  if (neo4j.isInt(value) || typeof value === "bigint") return value.toString();
  return undefined;
}

function nodeCell(node: Node): NodeCell {
  return {
    $type: "Node",
    _value: { _element_id: node.elementId, _labels: [...node.labels], _properties: mapCell(node.properties) },
  };
}

function relationshipCell(rel: Relationship): RelationshipCell {
  return {
    $type: "Relationship",
    _value: {
      _element_id: rel.elementId,
      _start_node_element_id: rel.startNodeElementId,
      _end_node_element_id: rel.endNodeElementId,
      _type: rel.type,
      _properties: mapCell(rel.properties),
    },
  };
}

function mapCell(map: Record<string, unknown>): CellMap {
  const out = emptyMap();
  for (const k of Object.keys(map)) out[k] = toCell(map[k]);
  return out;
}

/** The path as the Query API writes it: its nodes and relationships in order, start node first. */
function pathElements(path: Path): (Node | Relationship)[] {
  const out: (Node | Relationship)[] = [path.start];
  for (const s of path.segments) out.push(s.relationship, s.end);
  return out;
}

/**
 * A driver value as a typed cell. Only what the driver decoded as a node, relationship or path is tagged so; a map
 * is a Map whatever its keys. A JS number is a Neo4j Float (the driver hands Integers as neo4j Integer objects).
 * Values this explorer cannot encode (vectors of newer servers) become an `Omitted` cell with reason "unsupported".
 */
export function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return { $type: "Null", _value: null };
  switch (typeof value) {
    case "string":
      return { $type: "String", _value: value };
    case "number":
      return { $type: "Float", _value: floatText(value) };
    case "boolean":
      return { $type: "Boolean", _value: value };
    case "bigint":
      return { $type: "Integer", _value: value.toString() };
  }
  const integer = integerText(value);
  if (integer !== undefined) return { $type: "Integer", _value: integer };
  if (Array.isArray(value)) return { $type: "List", _value: value.map(toCell) };
  if (isNode(value)) return nodeCell(value);
  if (isRelationship(value)) return relationshipCell(value);
  if (isPath(value)) {
    return {
      $type: "Path",
      _value: pathElements(value).map((e) => (isNode(e) ? nodeCell(e) : relationshipCell(e as Relationship))),
    };
  }
  const temporal = temporalText(value);
  if (temporal) return { $type: temporal[0], _value: temporal[1] };
  if (isPoint(value)) return { $type: "Point", _value: pointText(value as Point) };
  if (isBytes(value)) return { $type: "Base64", _value: base64(value) };
  if (typeof value === "object" && isMap(value)) return { $type: "Map", _value: mapCell(value) };
  return omittedCell("unsupported", 0);
}

export function omittedCell(reason: OmittedReason, bytes: number): Cell {
  return { $type: "Omitted", _value: { reason, bytes } };
}

function nodeBytes(node: Node): number {
  let labels = 2 + Math.max(0, node.labels.length - 1);
  for (const l of node.labels) labels += jsonStringBytes(l);
  const value = NODE_BYTES + jsonStringBytes(node.elementId) + labels + mapBytes(node.properties);
  return tagBytes("Node", value);
}

function relationshipBytes(rel: Relationship): number {
  const value =
    RELATIONSHIP_BYTES +
    jsonStringBytes(rel.elementId) +
    jsonStringBytes(rel.startNodeElementId) +
    jsonStringBytes(rel.endNodeElementId) +
    jsonStringBytes(rel.type) +
    mapBytes(rel.properties);
  return tagBytes("Relationship", value);
}

function mapBytes(map: Record<string, unknown>): number {
  const keys = Object.keys(map);
  let bytes = 2 + Math.max(0, keys.length - 1);
  for (const k of keys) bytes += jsonStringBytes(k) + 1 + cellBytes(map[k]);
  return bytes;
}

/**
 * Bytes of `JSON.stringify(toCell(value))` in UTF-8, counted without building the cell: the answer's budget is
 * checked before a large value is encoded, and an omitted cell still says how large it was.
 */
export function cellBytes(value: unknown): number {
  if (value === null || value === undefined) return tagBytes("Null", 4);
  switch (typeof value) {
    case "string":
      return tagBytes("String", jsonStringBytes(value));
    case "number":
      return tagBytes("Float", floatText(value).length + 2);
    case "boolean":
      return tagBytes("Boolean", value ? 4 : 5);
    case "bigint":
      return tagBytes("Integer", value.toString().length + 2);
  }
  const integer = integerText(value);
  if (integer !== undefined) return tagBytes("Integer", integer.length + 2);
  if (Array.isArray(value)) {
    let bytes = 2 + Math.max(0, value.length - 1);
    for (const v of value) bytes += cellBytes(v);
    return tagBytes("List", bytes);
  }
  if (isNode(value)) return nodeBytes(value);
  if (isRelationship(value)) return relationshipBytes(value);
  if (isPath(value)) {
    const elements = pathElements(value);
    let bytes = 2 + elements.length - 1;
    for (const e of elements) bytes += isNode(e) ? nodeBytes(e) : relationshipBytes(e as Relationship);
    return tagBytes("Path", bytes);
  }
  const temporal = temporalText(value);
  if (temporal) return tagBytes(temporal[0], jsonStringBytes(temporal[1]));
  if (isPoint(value)) return tagBytes("Point", jsonStringBytes(pointText(value as Point)));
  if (isBytes(value)) return tagBytes("Base64", 4 * Math.ceil(value.byteLength / 3) + 2);
  if (typeof value === "object" && isMap(value)) return tagBytes("Map", mapBytes(value));
  return omittedBytes("unsupported", 0);
}

export function omittedBytes(reason: OmittedReason, bytes: number): number {
  return tagBytes("Omitted", OMITTED_BYTES + reason.length + String(bytes).length);
}

/**
 * The cell of a value and its size in bytes of JSON, or, when it is larger than `maxBytes`, an `Omitted` cell that
 * says how many bytes it would have taken: a large value is measured, never built.
 */
export function boundedCell(value: unknown, maxBytes: number): { cell: Cell; bytes: number } {
  const bytes = cellBytes(value);
  if (bytes <= maxBytes) return { cell: toCell(value), bytes };
  return { cell: omittedCell("bytes", bytes), bytes: omittedBytes("bytes", bytes) };
}
