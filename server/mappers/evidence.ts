// Turns the flat evidence lists of an edge or claim (sourceIds, quotes, starts, ends, glosses, addedBy, addedAt) into Evidence.
import { EVIDENCE_PROPERTIES, type Evidence } from "@domain/model/evidence";

export { EVIDENCE_PROPERTIES };

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
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
  const text = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
  const out: Evidence[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const gloss = text(glosses[i]);
    const by = text(addedBy[i]);
    const at = text(addedAt[i]);
    out.push({
      sourceId: String(sourceIds[i] ?? ""),
      quote: String(quotes[i]),
      start: int(starts[i]),
      end: int(ends[i]),
      ...(gloss ? { gloss } : {}),
      ...(by ? { addedBy: by } : {}),
      ...(at ? { addedAt: at } : {}),
    });
  }
  return out;
}

/** Distinct source ids in order of first appearance. */
export function distinctSourceIds(evidence: readonly Evidence[]): string[] {
  return [...new Set(evidence.map((e) => e.sourceId))];
}
