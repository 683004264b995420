// Evidence: the exact words in a source that justify an edge or a claim. Offsets are computed, never typed.
import { z } from "zod";
import { StableId } from "./ids";

/** Evidence as written by an annotator: a quote that must be an exact substring of the source text. */
export const EvidenceInput = z.strictObject({
  sourceId: StableId,
  quote: z.string().min(2, "must be at least 2 characters").max(2000, "must be at most 2000 characters"),
  /** Which occurrence of the quote is meant, counting from 1, when the same words appear more than once. */
  occurrence: z.number().int().min(1).optional(),
  /** An English gloss for quotes in other languages. */
  gloss: z.string().min(1).max(2000).optional(),
});
export type EvidenceInput = z.infer<typeof EvidenceInput>;

/** Evidence once located in its source: JavaScript string indices, end exclusive, so text.slice(start, end) === quote. */
export const Evidence = z.strictObject({
  sourceId: StableId,
  quote: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  gloss: z.string().optional(),
});
export type Evidence = z.infer<typeof Evidence>;

/** The flat properties that hold evidence on relationships and claims (docs/model.md); nothing else may set them. */
export const EVIDENCE_PROPERTIES: ReadonlySet<string> = new Set([
  "sourceIds",
  "quotes",
  "starts",
  "ends",
  "glosses",
  "evidenceKeys",
]);
