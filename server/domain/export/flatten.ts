// Flattens wire attributes into scalar columns for GEXF, GraphML and CSV: evidence as JSON plus readable lists.
import type { Evidence } from "../model/evidence";
import { evidenceOf } from "./types";

export type Scalar = string | number | boolean;

/** Separator of the readable quote and source lists; the `evidence` JSON column is the lossless one. */
export const LIST_SEPARATOR = " | ";

function scalar(value: unknown): Scalar | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  return JSON.stringify(value);
}

/**
 * Every attribute becomes a scalar (lists and objects as JSON). Evidence becomes `evidence` (JSON, lossless),
 * `quotes` and `spans` (readable), and `sourceIds` a joined list.
 */
export function flattenAttributes(attributes: Record<string, unknown>): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [k, v] of Object.entries(attributes)) {
    if (k === "evidence" || k === "sourceIds") continue;
    const s = scalar(v);
    if (s !== undefined) out[k] = s;
  }
  const evidence: Evidence[] = evidenceOf(attributes);
  if (evidence.length > 0) {
    out.evidence = JSON.stringify(evidence);
    out.quotes = evidence.map((e) => e.quote).join(LIST_SEPARATOR);
    out.spans = evidence.map((e) => `${e.sourceId}:${e.start}-${e.end}`).join(LIST_SEPARATOR);
    out.evidenceCount = evidence.length;
  }
  const sourceIds = Array.isArray(attributes.sourceIds) ? (attributes.sourceIds as string[]) : [];
  if (sourceIds.length > 0) out.sourceIds = sourceIds.join(LIST_SEPARATOR);
  return out;
}
