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
