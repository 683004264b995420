// Evidence: the exact words in a source that justify an edge or a claim. Offsets are computed, never typed.
import { z } from "zod";
import { StableId } from "./ids";

/** Who added a piece of evidence (a configured author name, KG_AUTHOR) and when (ISO 8601 date-time, UTC). */
export const Authorship = z.strictObject({
  addedBy: z.string().min(1).max(200).optional(),
  addedAt: z.iso.datetime({ offset: true }).optional(),
});
export type Authorship = z.infer<typeof Authorship>;

/**
 * Evidence as written by an annotator: a quote that must be an exact substring of the source text. A hand-written
 * manifest gives the quote (and `occurrence` when it repeats) and ingest locates it; the workbench, which knows the
 * exact span from the reader's selection, also gives `start` and `end` (UTF-16 code units, end exclusive), and
 * validation checks `text.slice(start, end) === quote`.
 */
export const EvidenceInput = z
  .strictObject({
    sourceId: StableId,
    quote: z.string().min(2, "must be at least 2 characters").max(2000, "must be at most 2000 characters"),
    /** Which occurrence of the quote is meant, counting from 1, when the same words appear more than once. */
    occurrence: z.number().int().min(1).optional(),
    /** Exact start offset in the source text (UTF-16 code units); given together with `end`. */
    start: z.number().int().min(0).optional(),
    /** Exact end offset, exclusive. */
    end: z.number().int().min(0).optional(),
    /** An English gloss for quotes in other languages. */
    gloss: z.string().min(1).max(2000).optional(),
    ...Authorship.shape,
  })
  .refine((e) => (e.start === undefined) === (e.end === undefined), {
    message: "start and end are given together",
    path: ["end"],
  })
  .refine((e) => e.start === undefined || e.occurrence === undefined, {
    message: "give either exact offsets (start, end) or an occurrence, not both",
    path: ["occurrence"],
  });
export type EvidenceInput = z.infer<typeof EvidenceInput>;

/** Evidence once located in its source: JavaScript string indices, end exclusive, so text.slice(start, end) === quote. */
export const Evidence = z.strictObject({
  sourceId: StableId,
  quote: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  gloss: z.string().optional(),
  /** Who added it (the workbench's KG_AUTHOR); absent for hand-written manifests that do not say. */
  addedBy: z.string().optional(),
  /** When it was added, ISO 8601 (UTC). */
  addedAt: z.string().optional(),
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
  "addedBy",
  "addedAt",
]);
