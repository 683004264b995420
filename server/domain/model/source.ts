// Source: a document that evidence points into, with its metadata and an optional aligned translation.
import { z } from "zod";
import { LanguageCode, PartialDate, StableId } from "./ids";

/** A work the source itself cites, such as the bank report or news site an article relies on. */
export const CitedWork = z.strictObject({
  title: z.string().min(1).max(500),
  publisher: z.string().min(1).max(200).optional(),
  url: z.url().optional(),
  /** The entity in the graph that stands for this work, when there is one. */
  entityId: StableId.optional(),
});
export type CitedWork = z.infer<typeof CitedWork>;

/** One paragraph of the original, quoted exactly, with the project's translation of it. */
export const TranslationSegment = z.strictObject({
  original: z.string().min(1),
  text: z.string().min(1),
});
export type TranslationSegment = z.infer<typeof TranslationSegment>;

export const Translation = z.strictObject({
  language: LanguageCode,
  /** Who translated: say plainly when it is the project's own translation. */
  translator: z.string().min(1).max(200),
  segments: z.array(TranslationSegment).min(1),
});
export type Translation = z.infer<typeof Translation>;

/** Source metadata as written in a document manifest; the text itself lives in a file beside it. */
export const SourceMeta = z.strictObject({
  id: StableId,
  title: z.string().min(1).max(500),
  language: LanguageCode,
  date: PartialDate.optional(),
  publisher: z.string().min(1).max(200).optional(),
  url: z.url().optional(),
  /**
   * The entity this document is, when the graph has one (e.g. "report:bofa-china-ai-capex" for the bank's report
   * itself): a document that cites that entity is then derived from this source (docs/model.md, Independence).
   */
  entityId: StableId.optional(),
  cites: z.array(CitedWork).default([]),
});
export type SourceMeta = z.infer<typeof SourceMeta>;

/** A source with its full text, as stored and served. */
export const Source = SourceMeta.extend({
  text: z.string().min(1),
  translation: Translation.optional(),
});
export type Source = z.infer<typeof Source>;
