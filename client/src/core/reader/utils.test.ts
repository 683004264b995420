import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  EXCERPT_MIN,
  EXCERPT_SIDE_MAX,
  highlightRuns,
  isBlank,
  quoteMatches,
  readerRows,
  selectionSpanIndexes,
  sentenceExcerpt,
} from "./utils";

const text = "abcdefghij";

describe("highlightRuns", () => {
  it("should ignore spans that are empty, reversed, fractional or outside the text", () => {
    const runs = highlightRuns(text, [
      { start: 4, end: 4 },
      { start: 6, end: 2 },
      { start: 1.5, end: 3 },
      { start: 20, end: 30 },
    ]);
    expect(runs).toEqual([{ start: 0, end: 10, text, spans: [] }]);
  });

  it("should cut overlapping spans into runs that name every covering span", () => {
    const runs = highlightRuns(text, [
      { start: 2, end: 6 },
      { start: 4, end: 8 },
    ]);
    expect(runs.map((r) => [r.text, r.spans])).toEqual([
      ["ab", []],
      ["cd", [0]],
      ["ef", [0, 1]],
      ["gh", [1]],
      ["ij", []],
    ]);
    expect(runs.map((r) => r.text).join("")).toBe(text);
  });

  it("should cut only inside the requested stretch", () => {
    const runs = highlightRuns(text, [{ start: 0, end: 5 }], 3, 8);
    expect(runs.map((r) => [r.text, r.spans])).toEqual([
      ["de", [0]],
      ["fgh", []],
    ]);
  });

  it("should keep Arabic quotes intact at their offsets", () => {
    const arabic = "يشير ماتي تشاو إلى";
    const start = arabic.indexOf("ماتي");
    const span = { start, end: start + "ماتي تشاو".length, quote: "ماتي تشاو" };
    expect(quoteMatches(arabic, span)).toBe(true);
    expect(quoteMatches(arabic, { ...span, start: start + 1 })).toBe(false);
    expect(highlightRuns(arabic, [span]).find((r) => r.spans.length > 0)?.text).toBe("ماتي تشاو");
  });
});

describe("readerRows", () => {
  it("should drop segments outside the text or overlapping an earlier one", () => {
    const rows = readerRows(10, [
      { start: 8, end: 12, text: "too far" },
      { start: 0, end: 4, text: "first" },
      { start: 2, end: 6, text: "overlaps" },
    ]);
    expect(rows).toEqual([
      { start: 0, end: 4, translation: "first" },
      { start: 4, end: 10, translation: null },
    ]);
  });

  it("should keep untranslated stretches as rows of their own", () => {
    expect(
      readerRows(10, [
        { start: 2, end: 4, text: "x" },
        { start: 6, end: 8, text: "y" },
      ]),
    ).toEqual([
      { start: 0, end: 2, translation: null },
      { start: 2, end: 4, translation: "x" },
      { start: 4, end: 6, translation: null },
      { start: 6, end: 8, translation: "y" },
      { start: 8, end: 10, translation: null },
    ]);
    expect(isBlank(" \n ")).toBe(true);
  });
});

describe("sentenceExcerpt", () => {
  const article = readFileSync(
    new URL("../../../../seed/documents/bofa-china-ai-capex/source.txt", import.meta.url),
    "utf8",
  );

  it("should clamp a span outside the text instead of throwing", () => {
    const excerpt = sentenceExcerpt("One. Two.", { start: 50, end: 80 }, "en");
    expect(excerpt.end).toBeLessThanOrEqual(9);
    expect(excerpt.start).toBeLessThanOrEqual(excerpt.end);
  });

  it("should show the sentence holding the quote, with its neighbours when it is short", () => {
    const text = "First sentence here. The quote sits in this one. And a last one.";
    const start = text.indexOf("quote");
    const excerpt = sentenceExcerpt(text, { start, end: start + 5 }, "en");
    // Shorter than EXCERPT_MIN: the sentence before and after come along, and nothing was cut.
    expect(text.length).toBeLessThan(EXCERPT_MIN);
    expect(excerpt).toEqual({ start: 0, end: text.length, cutBefore: false, cutAfter: false });
  });

  it("should keep an Arabic quote inside its own sentence, far shorter than the article", () => {
    const quote = "تشاو";
    const start = article.indexOf(quote);
    expect(start).toBeGreaterThan(0);
    const excerpt = sentenceExcerpt(article, { start, end: start + quote.length }, "ar");
    expect(excerpt.start).toBeLessThanOrEqual(start);
    expect(excerpt.end).toBeGreaterThanOrEqual(start + quote.length);
    expect(excerpt.end - excerpt.start).toBeLessThanOrEqual(2 * EXCERPT_SIDE_MAX + quote.length);
    expect(excerpt.end - excerpt.start).toBeLessThan(article.length / 4);
    expect(excerpt.cutBefore || excerpt.cutAfter).toBe(true);
  });
});

describe("selectionSpanIndexes", () => {
  const spans = [
    { on: "edge" as const, key: "a|X|b", source: "a", target: "b" },
    { on: "edge" as const, key: "b|Y|c", source: "b", target: "c" },
    { on: "claim" as const, key: "claim:1" },
  ];

  it("should give nothing when nothing is selected", () => {
    expect(selectionSpanIndexes(spans, null)).toEqual([]);
  });

  it("should give an edge its own evidence and a node that of every edge it ends, or the claim it is", () => {
    expect(selectionSpanIndexes(spans, { kind: "edge", id: "b|Y|c" })).toEqual([1]);
    expect(selectionSpanIndexes(spans, { kind: "node", id: "b" })).toEqual([0, 1]);
    expect(selectionSpanIndexes(spans, { kind: "node", id: "claim:1" })).toEqual([2]);
    expect(selectionSpanIndexes(spans, { kind: "node", id: "z" })).toEqual([]);
  });
});
