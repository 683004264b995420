// Finds a quote in its source text (exact, UTF-16 offsets); on a miss, the closest passage by edit distance.
import { distance } from "fastest-levenshtein";

export interface ClosestPassage {
  start: number;
  end: number;
  text: string;
  /** Levenshtein distance between the quote and this passage. */
  edits: number;
}

export type QuoteLocation =
  | { found: true; start: number; end: number }
  | { found: false; problem: "missing"; closest: ClosestPassage }
  | { found: false; problem: "ambiguous"; starts: number[] }
  | { found: false; problem: "no-such-occurrence"; starts: number[]; occurrence: number };

/** Every start offset of `quote` in `text`, overlapping occurrences included. */
export function occurrencesOf(text: string, quote: string): number[] {
  const starts: number[] = [];
  if (quote.length === 0) return starts;
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) starts.push(i);
  return starts;
}

/**
 * Locates `quote` in `text`. `occurrence` (from 1) picks one of several occurrences; without it, a quote that
 * occurs more than once is ambiguous. Offsets are JavaScript string indices, end exclusive.
 */
export function locateQuote(text: string, quote: string, occurrence?: number): QuoteLocation {
  const starts = occurrencesOf(text, quote);
  if (starts.length === 0) return { found: false, problem: "missing", closest: closestPassage(text, quote) };
  if (occurrence === undefined && starts.length > 1) return { found: false, problem: "ambiguous", starts };
  const start = starts[(occurrence ?? 1) - 1];
  if (start === undefined) return { found: false, problem: "no-such-occurrence", starts, occurrence: occurrence ?? 1 };
  return { found: true, start, end: start + quote.length };
}

/**
 * The passage of `text` nearest to `quote` by Levenshtein distance: a coarse scan of quote-sized windows, then a
 * refinement of the best window's start and end. Cheap enough for article-sized texts and quotes.
 */
export function closestPassage(text: string, quote: string): ClosestPassage {
  const m = quote.length;
  if (text.length <= m) return { start: 0, end: text.length, text, edits: distance(quote, text) };
  const step = Math.max(1, Math.floor(m / 8));
  const score = (start: number, end: number) => distance(quote, text.slice(start, end));
  let best = { start: 0, end: m, edits: score(0, m) };
  const consider = (start: number, end: number) => {
    if (start < 0 || end > text.length || end <= start) return;
    const edits = score(start, end);
    if (edits < best.edits) best = { start, end, edits };
  };
  for (let s = 0; s + m <= text.length; s += step) consider(s, s + m);
  consider(text.length - m, text.length);
  const coarse = best;
  for (let s = coarse.start - step; s <= coarse.start + step; s += 1) consider(s, s + m);
  const slack = Math.max(2, Math.ceil(m / 10));
  const anchored = best;
  for (let e = anchored.end - slack; e <= anchored.end + slack; e += 1) consider(anchored.start, e);
  const ended = best;
  for (let s = ended.start - slack; s <= ended.start + slack; s += 1) consider(s, ended.end);
  return { ...best, text: text.slice(best.start, best.end) };
}

/** A one-line reason for a quote that could not be located, naming the closest passage or the occurrences. */
export function describeLocationProblem(location: Exclude<QuoteLocation, { found: true }>): string {
  switch (location.problem) {
    case "missing": {
      const c = location.closest;
      return (
        `quote not found in the source text; closest passage is at [${c.start}, ${c.end}) ` +
        `(${c.edits} edit${c.edits === 1 ? "" : "s"} away): ${JSON.stringify(c.text)}`
      );
    }
    case "ambiguous":
      return (
        `quote occurs ${location.starts.length} times (at offsets ${location.starts.join(", ")}); ` +
        `add "occurrence" (1 to ${location.starts.length}) to say which one`
      );
    case "no-such-occurrence":
      return `occurrence ${location.occurrence} requested, but the quote occurs ${location.starts.length} time${location.starts.length === 1 ? "" : "s"}`;
  }
}
