// Pure text helpers for evidence: cut a source text into runs by highlighted spans, and into translation rows.
export interface Span {
  start: number;
  end: number;
}

export interface TextRun {
  start: number;
  end: number;
  text: string;
  /** Indexes (into the given spans) of every span covering this run; empty for plain text. */
  spans: number[];
}

/** Clamps spans to the text and drops empty or invalid ones, keeping their original indexes. */
function validSpans(text: string, spans: readonly Span[]): { span: Span; index: number }[] {
  const out: { span: Span; index: number }[] = [];
  spans.forEach((s, index) => {
    const start = Math.max(0, Math.min(text.length, s.start));
    const end = Math.max(0, Math.min(text.length, s.end));
    if (Number.isInteger(s.start) && Number.isInteger(s.end) && end > start) out.push({ span: { start, end }, index });
  });
  return out;
}

/** Splits text[from, to) into runs at every span boundary, so overlapping spans highlight correctly. */
export function highlightRuns(text: string, spans: readonly Span[], from = 0, to = text.length): TextRun[] {
  const valid = validSpans(text, spans).filter(({ span }) => span.end > from && span.start < to);
  const cuts = new Set<number>([from, to]);
  for (const { span } of valid) {
    if (span.start > from && span.start < to) cuts.add(span.start);
    if (span.end > from && span.end < to) cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const covering = valid.filter(({ span }) => span.start <= start && span.end >= end).map(({ index }) => index);
    runs.push({ start, end, text: text.slice(start, end), spans: covering });
  }
  return runs;
}

export interface TranslationSegment {
  start: number;
  end: number;
  text: string;
}

export interface ReaderRow {
  start: number;
  end: number;
  /** The translation of this stretch, or null for text the translation does not cover. */
  translation: string | null;
}

/** Rows of the reader: each translated segment, with untranslated stretches between them as rows of their own. */
export function readerRows(textLength: number, segments: readonly TranslationSegment[]): ReaderRow[] {
  const sorted = [...segments]
    .filter((s) => s.end > s.start && s.start >= 0 && s.end <= textLength)
    .sort((a, b) => a.start - b.start);
  const rows: ReaderRow[] = [];
  let cursor = 0;
  for (const s of sorted) {
    if (s.start < cursor) continue;
    if (s.start > cursor) rows.push({ start: cursor, end: s.start, translation: null });
    rows.push({ start: s.start, end: s.end, translation: s.text });
    cursor = s.end;
  }
  if (cursor < textLength) rows.push({ start: cursor, end: textLength, translation: null });
  return rows;
}

/** Text of a row that is only whitespace needs no row on screen. */
export function isBlank(text: string): boolean {
  return text.trim() === "";
}

/** Whether a quote really sits at its offsets (evidence whose offsets drifted is shown as not located). */
export function quoteMatches(text: string, span: Span & { quote: string }): boolean {
  return text.slice(span.start, span.end) === span.quote;
}

/** A stretch of a source shown around a quote: [start, end) in UTF-16 code units, and whether text was cut off. */
export interface Excerpt {
  start: number;
  end: number;
  cutBefore: boolean;
  cutAfter: boolean;
}

/** An excerpt shorter than this (characters) takes in the sentence before and the one after. */
export const EXCERPT_MIN = 160;
/** At most this many characters either side of the quote, cut at a space, when its sentence runs on longer. */
export const EXCERPT_SIDE_MAX = 240;

/**
 * The sentence (or sentences) holding a quote, with some context: the neighbouring sentences when it is short, cut at a
 * space when it is long. Sentence ends are the browser's (Intl.Segmenter, Unicode sentence rules, in the source's
 * language), so Arabic "؟" and "۔" end sentences as "?" and "." do. An invalid span gives the whole text's start.
 */
export function sentenceExcerpt(text: string, span: Span, language = "und"): Excerpt {
  const start = Math.max(0, Math.min(text.length, span.start));
  const end = Math.max(start, Math.min(text.length, span.end));
  const sentences: Span[] = [];
  for (const s of new Intl.Segmenter(language, { granularity: "sentence" }).segment(text)) {
    sentences.push({ start: s.index, end: s.index + s.segment.length });
  }
  const first = Math.max(
    0,
    sentences.findIndex((s) => s.end > start),
  );
  let last = sentences.findIndex((s) => s.end >= end);
  if (last < first) last = Math.max(first, sentences.length - 1);
  let from = sentences[first]?.start ?? 0;
  let to = sentences[last]?.end ?? text.length;
  if (to - from < EXCERPT_MIN) {
    from = sentences[first - 1]?.start ?? from;
    to = sentences[last + 1]?.end ?? to;
  }
  // A run-on sentence (or a heading glued to one) is cut a little way from the quote, at a space.
  if (start - from > EXCERPT_SIDE_MAX) {
    const space = text.indexOf(" ", start - EXCERPT_SIDE_MAX);
    from = space >= 0 && space < start ? space + 1 : start - EXCERPT_SIDE_MAX;
  }
  if (to - end > EXCERPT_SIDE_MAX) {
    const space = text.lastIndexOf(" ", end + EXCERPT_SIDE_MAX);
    to = space > end ? space : end + EXCERPT_SIDE_MAX;
  }
  // Trailing line breaks and spaces of the last sentence are not context.
  while (to > end && /\s/.test(text[to - 1] ?? "")) to--;
  while (from < start && /\s/.test(text[from] ?? "")) from++;
  return { start: from, end: to, cutBefore: from > 0, cutAfter: to < text.trimEnd().length };
}

/** What is selected, as the reader needs it: a node's id, or an edge's key. */
export interface SelectedItem {
  kind: "node" | "edge";
  id: string;
}

/**
 * Indexes of the spans that support the selection: for an edge, its own evidence; for a node, the evidence of every
 * edge it is an end of and of the claim it is. Empty when nothing is selected or nothing of it is in this source.
 */
export function selectionSpanIndexes(
  spans: readonly Pick<SpanOn, "on" | "key" | "source" | "target">[],
  selected: SelectedItem | null,
): number[] {
  if (!selected) return [];
  const out: number[] = [];
  spans.forEach((s, i) => {
    const hit =
      selected.kind === "edge"
        ? s.on === "edge" && s.key === selected.id
        : s.on === "claim"
          ? s.key === selected.id
          : s.source === selected.id || s.target === selected.id;
    if (hit) out.push(i);
  });
  return out;
}

interface SpanOn {
  on: "edge" | "claim";
  key: string;
  source?: string | undefined;
  target?: string | undefined;
}
