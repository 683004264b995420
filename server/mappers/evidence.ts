// Turns the flat evidence lists of an edge or claim (sourceIds, quotes, starts, ends, glosses) into Evidence objects.
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
  const out: Evidence[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const gloss = glosses[i];
    out.push({
      sourceId: String(sourceIds[i] ?? ""),
      quote: String(quotes[i]),
      start: int(starts[i]),
      end: int(ends[i]),
      ...(typeof gloss === "string" && gloss !== "" ? { gloss } : {}),
    });
  }
  return out;
}

/** Distinct source ids in order of first appearance. */
export function distinctSourceIds(evidence: readonly Evidence[]): string[] {
  return [...new Set(evidence.map((e) => e.sourceId))];
}
