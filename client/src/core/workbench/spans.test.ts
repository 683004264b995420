import { describe, expect, it } from "vitest";
import { evidenceSentence, paragraphsOf, readerLayers, sentenceAt, spanFromSelection, spanProblem } from "./spans";

const EN = "DeepSeek said on Monday that Harbor Quantum Labs will license its R1 model. Alibaba plans more.";
const AR = "قالت ديب سيك إن مختبرات هاربر الكمية ستستخدم نموذج R1. وتعتزم علي بابا استثمار نحو ٥٠ مليار يوان في الصين.";

describe("a span from the reader's selection", () => {
  it("should give nothing for an empty selection, white space only, or offsets outside the text", () => {
    expect(spanFromSelection(EN, 5, 5)).toBeNull();
    expect(spanFromSelection("a    b", 1, 5)).toBeNull();
    expect(spanFromSelection(EN, EN.length + 3, EN.length + 9)).toBeNull();
    expect(spanFromSelection("\u200f \u200e", 0, 3, "ar")).toBeNull();
  });

  it("should take the selection in either direction and keep the exact words at its offsets", () => {
    const start = EN.indexOf("Harbor");
    const end = start + "Harbor Quantum Labs".length;
    const forward = spanFromSelection(EN, start, end);
    expect(forward).toEqual({ start, end, quote: "Harbor Quantum Labs" });
    expect(spanFromSelection(EN, end, start)).toEqual(forward);
    expect(EN.slice(forward?.start, forward?.end)).toBe(forward?.quote);
  });

  it("should widen a selection that cuts a word to the whole word, and trim spaces and direction marks", () => {
    const start = EN.indexOf("arbor");
    expect(spanFromSelection(EN, start, start + 12)?.quote).toBe("Harbor Quantum");
    expect(spanFromSelection(EN, EN.indexOf(" Harbor"), EN.indexOf("Labs") + 4)?.quote).toBe("Harbor Quantum Labs");
    const text = "x \u200fعلي بابا\u200f y";
    expect(spanFromSelection(text, 1, text.length - 1, "ar")?.quote).toBe("علي بابا");
  });

  it("should keep Arabic offsets in UTF-16 code units, with diacritics, tatweel and text outside the BMP before", () => {
    const text = "🙂 عَلِيّ بـابا";
    const start = text.indexOf("عَلِيّ");
    const span = spanFromSelection(text, start + 1, text.length - 1, "ar");
    expect(span).toEqual({ start, end: text.length, quote: "عَلِيّ بـابا" });
    expect(text.slice(span?.start, span?.end)).toBe(span?.quote);
  });

  it("should say when a span is too short or too long to be evidence", () => {
    expect(spanProblem({ start: 0, end: 1, quote: "a" })).toMatch(/at least 2/);
    expect(spanProblem({ start: 0, end: 2001, quote: "a".repeat(2001) })).toMatch(/at most 2000/);
    expect(spanProblem({ start: 0, end: 2, quote: "ab" })).toBeNull();
  });
});

describe("sentences", () => {
  it("should find the sentence around an offset in English and in Arabic", () => {
    expect(sentenceAt(EN, EN.indexOf("license")).quote).toBe(
      "DeepSeek said on Monday that Harbor Quantum Labs will license its R1 model.",
    );
    expect(sentenceAt(AR, AR.indexOf("٥٠"), "ar").quote).toBe("وتعتزم علي بابا استثمار نحو ٥٠ مليار يوان في الصين.");
  });

  it("should fall back to the span itself when its sentence does not hold it", () => {
    const start = EN.indexOf("model.");
    const across = { start, end: EN.indexOf("plans") };
    expect(evidenceSentence(EN, across)).toEqual({ ...across, quote: EN.slice(across.start, across.end) });
  });
});

describe("the reader's layers and paragraphs", () => {
  it("should list every mark's evidence, the suggestions and the selection", () => {
    const layers = readerLayers(
      [
        { id: "m1", kind: "mention", entityId: "org:deepseek", evidence: { start: 0, end: 8, quote: "DeepSeek" } },
        {
          id: "rel1",
          kind: "relation",
          from: "org:a",
          to: "org:b",
          type: "OWNS",
          evidence: [
            { start: 0, end: 8, quote: "DeepSeek" },
            { start: 20, end: 30, quote: "x".repeat(10) },
          ],
        },
      ],
      [{ id: "mention:29:48:org:x", start: 29, end: 48 }],
      { start: 2, end: 4, quote: "ep" },
    );
    expect(layers.map((l) => `${l.kind}:${l.id}:${l.start}`)).toEqual([
      "mention:m1:0",
      "relation:rel1:0",
      "relation:rel1:20",
      "suggestion:mention:29:48:org:x:29",
      "selection:selection:2",
    ]);
  });

  it("should cut a text into paragraphs after each line break, covering every character once", () => {
    expect(paragraphsOf("")).toEqual([{ start: 0, end: 0 }]);
    const text = "English line.\nسطر عربي.\n\nlast";
    const parts = paragraphsOf(text);
    expect(parts.map((p) => text.slice(p.start, p.end))).toEqual(["English line.\n", "سطر عربي.\n", "\n", "last"]);
  });
});
