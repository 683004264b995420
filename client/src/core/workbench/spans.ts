// Pure: spans of a draft's text from the reader's selection (snapped to whole words by ICU's word breaks, trimmed),
// the sentence around an offset, and the layers the reader highlights. Offsets are UTF-16 code units, end exclusive.
import type { DraftMark } from "@domain/contracts/workbench";
import type { Span } from "./types";

/** Longest quote a piece of evidence may hold (DraftEvidence.quote), in UTF-16 code units. */
export const MAX_QUOTE = 2000;
/** Shortest quote ingest accepts (EvidenceInput.quote). */
export const MIN_QUOTE = 2;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(language: string, granularity: "word" | "sentence"): Intl.Segmenter {
  const key = `${language}|${granularity}`;
  let s = segmenters.get(key);
  if (s === undefined) {
    s = new Intl.Segmenter(language, { granularity });
    segmenters.set(key, s);
  }
  return s;
}

const isSpace = (c: string | undefined) => c !== undefined && /[\s\p{Cf}]/u.test(c);

/**
 * The span a selection from `a` to `b` (either order) stands for: clamped to the text, widened to whole words where
 * an end falls inside a word (Intl.Segmenter's word breaks for `language`), then stripped of white space and
 * invisible marks at both ends. Null when nothing but white space is selected.
 */
export function spanFromSelection(text: string, a: number, b: number, language = "en"): Span | null {
  let start = Math.max(0, Math.min(text.length, Math.min(a, b)));
  let end = Math.max(0, Math.min(text.length, Math.max(a, b)));
  if (end <= start) return null;
  const words = segmenter(language, "word").segment(text);
  const first = words.containing(start);
  if (first?.isWordLike && first.index < start) start = first.index;
  const last = words.containing(end - 1);
  if (last?.isWordLike && last.index + last.segment.length > end) end = last.index + last.segment.length;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (end <= start) return null;
  return { start, end, quote: text.slice(start, end) };
}

/** Why a span cannot be evidence, or null when it can. */
export function spanProblem(span: Span): string | null {
  if (span.quote.length < MIN_QUOTE) return `A quote needs at least ${MIN_QUOTE} characters.`;
  if (span.quote.length > MAX_QUOTE) {
    return `A quote is at most ${MAX_QUOTE} characters; this selection has ${span.quote.length}.`;
  }
  return null;
}

/** The sentence (ICU's sentence breaks) around `offset`, trimmed; the whole text when it has no breaks. */
export function sentenceAt(text: string, offset: number, language = "en"): Span {
  const at = Math.max(0, Math.min(text.length - 1, offset));
  const found = segmenter(language, "sentence").segment(text).containing(at);
  const start = found?.index ?? 0;
  const raw = found?.segment ?? text;
  const trimmed = spanFromSelection(text, start, start + raw.length, language);
  return trimmed ?? { start, end: start + raw.length, quote: raw };
}

/** A sentence span, or the span itself when the sentence is too long to be one piece of evidence. */
export function evidenceSentence(text: string, span: Pick<Span, "start" | "end">, language = "en"): Span {
  const sentence = sentenceAt(text, span.start, language);
  const inside = sentence.start <= span.start && sentence.end >= span.end;
  if (inside && sentence.quote.length <= MAX_QUOTE) return sentence;
  return { start: span.start, end: span.end, quote: text.slice(span.start, span.end) };
}

export type LayerKind = "mention" | "relation" | "claim" | "suggestion" | "selection";

/** A highlighted span of the reader and what it belongs to. */
export interface Layer {
  start: number;
  end: number;
  kind: LayerKind;
  /** The mark's id, or the suggestion's. */
  id: string;
}

/** The reader's highlights: every mark's evidence, the shown suggestions (mentions and figures) and the selection. */
export function readerLayers(
  marks: readonly DraftMark[],
  suggestions: ReadonlyArray<{ id: string; start: number; end: number }>,
  selection: Span | null,
): Layer[] {
  const layers: Layer[] = [];
  for (const m of marks) {
    const list = m.kind === "mention" ? [m.evidence] : m.evidence;
    for (const e of list) layers.push({ start: e.start, end: e.end, kind: m.kind, id: m.id });
  }
  for (const s of suggestions) layers.push({ start: s.start, end: s.end, kind: "suggestion", id: s.id });
  if (selection) layers.push({ start: selection.start, end: selection.end, kind: "selection", id: "selection" });
  return layers;
}

/** Paragraphs of a text (split after each line break), so each gets its own direction in the reader. */
export function paragraphsOf(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\n") {
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length || out.length === 0) out.push({ start, end: text.length });
  return out;
}
