// Flattens wire attributes into scalar columns for GEXF, GraphML and CSV, and declares each column's type once.
import type { Evidence } from "../model/evidence";
import {
  columnShapeType,
  EMPTY_SCHEMA_TYPES,
  EXPORT_ATTRIBUTE_TYPES,
  isListType,
  type PropertyType,
  type SchemaPropertyTypes,
} from "./propertyTypes";
import { evidenceOf } from "./types";

export type Scalar = string | number | boolean;

/** Separator of the readable quote, gloss and source lists; the `evidence` JSON column is the lossless one. */
export const LIST_SEPARATOR = " | ";

function scalar(value: unknown): Scalar | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  return JSON.stringify(value);
}

/**
 * Every attribute becomes a scalar (lists and objects as JSON). Evidence becomes `evidence` (JSON, lossless),
 * `quotes`, `glosses` and `spans` (readable, joined by LIST_SEPARATOR), and `sourceIds` a joined list.
 */
export function flattenAttributes(attributes: Record<string, unknown>): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [k, v] of Object.entries(attributes)) {
    if (k === "evidence" || k === "sourceIds") continue;
    const s = scalar(v);
    if (s !== undefined) Object.defineProperty(out, k, { value: s, enumerable: true, writable: true });
  }
  const evidence: Evidence[] = evidenceOf(attributes);
  if (evidence.length > 0) {
    out.evidence = JSON.stringify(evidence);
    out.quotes = evidence.map((e) => e.quote).join(LIST_SEPARATOR);
    out.glosses = evidence.map((e) => e.gloss ?? "").join(LIST_SEPARATOR);
    out.spans = evidence.map((e) => `${e.sourceId}:${e.start}-${e.end}`).join(LIST_SEPARATOR);
    out.evidenceCount = evidence.length;
  }
  const sourceIds = Array.isArray(attributes.sourceIds) ? (attributes.sourceIds as string[]) : [];
  if (sourceIds.length > 0) out.sourceIds = sourceIds.join(LIST_SEPARATOR);
  return out;
}

/**
 * The declared type of each flattened column of one element kind: the domain's table (EXPORT_ATTRIBUTE_TYPES), else
 * what db.schema says of a property the domain does not know (lists travel as JSON text), else, in the browser that
 * has no schema, the one type all the column's values share. Names come in first-seen order.
 */
export function declareColumns(
  kind: "node" | "edge",
  rows: readonly Record<string, Scalar>[],
  schema: SchemaPropertyTypes = EMPTY_SCHEMA_TYPES,
): Map<string, PropertyType> {
  const names = new Set<string>();
  for (const row of rows) for (const k of Object.keys(row)) names.add(k);
  const out = new Map<string, PropertyType>();
  for (const name of names) {
    const known = EXPORT_ATTRIBUTE_TYPES[kind][name] ?? schema[kind][name];
    if (known !== undefined) out.set(name, isListType(known) ? "string" : known);
    else out.set(name, columnShapeType(rows.map((r) => r[name])));
  }
  return out;
}
