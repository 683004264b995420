// Turns the flat evidence lists of an edge or claim (sourceIds, quotes, starts, ends, glosses, addedBy, addedAt) into Evidence.
import { EVIDENCE_PROPERTIES, type Evidence } from "@domain/model/evidence";

export { EVIDENCE_PROPERTIES };

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** A non-empty string, else undefined (module-level: a closure made per call costs on every edge of an answer). */
const text = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const int = (v: unknown): number => (typeof v === "number" ? v : typeof v === "string" ? Number(v) : Number.NaN);

/** One Evidence per quote; the lists are parallel, so entry i of each belongs together. */
export function evidenceFromProperties(properties: Record<string, unknown>): Evidence[] {
  const quotes = list(properties.quotes);
  const sourceIds = list(properties.sourceIds);
  const starts = list(properties.starts);
  const ends = list(properties.ends);
  const glosses = list(properties.glosses);
  const addedBy = list(properties.addedBy);
  const addedAt = list(properties.addedAt);
  const out: Evidence[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const gloss = text(glosses[i]);
    const by = text(addedBy[i]);
    const at = text(addedAt[i]);
    // Assigned in the wire's key order (sourceId, quote, start, end, gloss, addedBy, addedAt), without spreads.
    const e: Evidence = {
      sourceId: String(sourceIds[i] ?? ""),
      quote: String(quotes[i]),
      start: int(starts[i]),
      end: int(ends[i]),
    };
    if (gloss) e.gloss = gloss;
    if (by) e.addedBy = by;
    if (at) e.addedAt = at;
    out.push(e);
  }
  return out;
}

/** Distinct source ids in order of first appearance. */
export function distinctSourceIds(evidence: readonly Evidence[]): string[] {
  return [...new Set(evidence.map((e) => e.sourceId))];
}
