import { describe, expect, it } from "vitest";
import { closestPassage, describeLocationProblem, locateQuote, occurrencesOf } from "../../server/ingest/locateQuote";

const ARABIC = "نص اختباري قصير: طور مختبر الاختبار نموذج نجمة في عام 2025. وقال المختبر إن نموذج نجمة مفتوح المصدر.";

describe("locateQuote", () => {
  it("should report a missing quote with the closest passage of the text", () => {
    const location = locateQuote(ARABIC, "طور مختبر الاختبار نموذج نجمه");
    expect(location).toMatchObject({ found: false, problem: "missing" });
    if (location.found || location.problem !== "missing") throw new Error("unreachable");
    expect(location.closest.text).toBe("طور مختبر الاختبار نموذج نجمة");
    expect(location.closest.edits).toBe(1);
    expect(ARABIC.slice(location.closest.start, location.closest.end)).toBe(location.closest.text);
    expect(describeLocationProblem(location)).toContain('"طور مختبر الاختبار نموذج نجمة"');
  });

  it("should report an ambiguous quote with every occurrence", () => {
    const location = locateQuote(ARABIC, "نموذج نجمة");
    expect(location).toEqual({ found: false, problem: "ambiguous", starts: occurrencesOf(ARABIC, "نموذج نجمة") });
    if (location.found) throw new Error("unreachable");
    expect(describeLocationProblem(location)).toMatch(/occurs 2 times.*occurrence/);
  });

  it("should refuse an occurrence beyond the last one", () => {
    expect(locateQuote(ARABIC, "نموذج نجمة", 3)).toMatchObject({ found: false, problem: "no-such-occurrence" });
  });

  it("should locate an Arabic quote by UTF-16 offsets so that slice gives it back", () => {
    const quote = "طور مختبر الاختبار";
    const location = locateQuote(ARABIC, quote);
    expect(location).toEqual({ found: true, start: ARABIC.indexOf(quote), end: ARABIC.indexOf(quote) + quote.length });
    if (!location.found) throw new Error("unreachable");
    expect(ARABIC.slice(location.start, location.end)).toBe(quote);
  });

  it("should pick the requested occurrence", () => {
    const [, second] = occurrencesOf(ARABIC, "نموذج نجمة");
    expect(locateQuote(ARABIC, "نموذج نجمة", 2)).toEqual({ found: true, start: second, end: (second ?? 0) + 10 });
  });

  it("should count overlapping occurrences", () => {
    expect(occurrencesOf("aaaa", "aa")).toEqual([0, 1, 2]);
  });
});

describe("closestPassage", () => {
  it("should return the whole text when the text is shorter than the quote", () => {
    expect(closestPassage("abc", "abcdef")).toEqual({ start: 0, end: 3, text: "abc", edits: 3 });
  });

  it("should find a passage with a dropped word in a long English text", () => {
    const text = `${"Filler sentence about nothing. ".repeat(40)}Tencent will spend 45 billion yuan in 2026. ${"More filler. ".repeat(40)}`;
    const c = closestPassage(text, "Tencent will spend 45 billion in 2026");
    expect(c.text).toContain("Tencent will spend 45 billion");
    expect(c.edits).toBeLessThanOrEqual(6);
  });
});
