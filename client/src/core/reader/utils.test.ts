import { describe, expect, it } from "vitest";
import { highlightRuns, isBlank, quoteMatches, readerRows } from "./utils";

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
