// The workbench's pure text functions: the shared normaliser and its offset map, mentions, figures, sentence pairs.
import { parseFigures } from "@domain/text/figures";
import { normalizeKey, normalizeWithOffsets } from "@domain/text/normalize";
import { describe, expect, it } from "vitest";
import { buildNameIndex, findMentions, windowedMatches } from "../../server/workbench/suggest/mentions";

describe("normalizeKey (shared by search and suggestions)", () => {
  it("should give an empty key for invisible direction marks alone", () => {
    expect(normalizeKey("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")).toBe("");
  });

  it("should ignore direction marks, tatweel, diacritics, alef, yaa and taa marbuta forms inside a name", () => {
    expect(normalizeKey("عل\u200fي\u200e بـــابا")).toBe(normalizeKey("علي بابا"));
    expect(normalizeKey("\u2067الصِّينُ\u2069")).toBe(normalizeKey("الصين"));
    expect(normalizeKey("إنفيديا")).toBe(normalizeKey("انفيديا"));
    expect(normalizeKey("مصطفى")).toBe(normalizeKey("مصطفي"));
    expect(normalizeKey("مدينة")).toBe(normalizeKey("مدينه"));
    expect(normalizeKey("ی")).toBe(normalizeKey("ي"));
  });

  it("should map every normalised code unit back to its original span", () => {
    const text = "Société \u200fGénérale في الصِّين 🙂 DeepSeek";
    const n = normalizeWithOffsets(text);
    expect(n.text).toBe(normalizeKey(text));
    const at = n.text.indexOf("الصين");
    expect(text.slice(n.starts[at], n.ends[at + "الصين".length - 1])).toBe("الصِّين");
    const ds = n.text.indexOf("deepseek");
    expect(text.slice(n.starts[ds], n.ends[ds + 7])).toBe("DeepSeek");
  });
});

describe("findMentions", () => {
  const index = buildNameIndex([
    { id: "country:china", type: "Country", name: "China", nameAr: "الصين", aliases: [] },
    { id: "org:bofa", type: "Organization", name: "Bank of America", nameAr: "بنك أوف أمريكا", aliases: ["BofA"] },
    { id: "country:us", type: "Country", name: "America", nameAr: "أمريكا", aliases: ["US"] },
    { id: "org:alibaba", type: "Organization", name: "Alibaba", nameAr: "علي بابا", aliases: [] },
  ]);

  it("should find nothing in an empty text or with an empty dictionary", () => {
    expect(findMentions(index, "")).toEqual([]);
    expect(findMentions(buildNameIndex([]), "China")).toEqual([]);
  });

  it("should find names in both scripts with exact UTF-16 spans, longest first, at word bounds", () => {
    const text = "قال بنك أوف امريكا إن والصين وبالصين وعلي\u200f بابا. 🙂 Bank of America: China, chinaware, Chinas.";
    const hits = findMentions(index, text);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.quote);
    expect(hits.map((h) => [h.quote, h.entityId])).toEqual([
      ["بنك أوف امريكا", "org:bofa"],
      ["الصين", "country:china"],
      ["الصين", "country:china"],
      ["علي\u200f بابا", "org:alibaba"],
      ["Bank of America", "org:bofa"],
      ["China", "country:china"],
    ]);
  });

  it("should find in windows what one scan finds, across window edges and surrogate pairs", () => {
    // A deterministic mix of keys, Arabic, emoji (surrogate pairs) and noise, scanned with tiny windows.
    const pieces = ["china", "الصين", "bankofamerica", "🙂", "x", "ب", "america", "علىبابا", "alibaba", "🇨🇳"];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    const matcher = index.matcher;
    if (!matcher) throw new Error("no matcher");
    for (let round = 0; round < 40; round++) {
      let text = "";
      while (text.length < 200) text += pieces[next() % pieces.length];
      const whole = [...matcher.iterate(text)].map((m) => [m.start, m.end, m.data]);
      for (const window of [1, 2, 3, 5, 8, 13, 64]) {
        const windowed = [...windowedMatches(matcher, index.maxKeyLength, text, window)].map((m) => [
          m.start,
          m.end,
          m.data,
        ]);
        const key = (m: Array<number | undefined>) => m.join(":");
        expect(windowed.map(key).sort()).toEqual(whole.map(key).sort());
      }
    }
  });

  it("should not match Latin keys shorter than three letters (US, AI)", () => {
    expect(findMentions(index, "The US said")).toEqual([]);
  });
});

describe("parseFigures", () => {
  it("should find nothing in text without numbers", () => {
    expect(parseFigures("no figures here", "en")).toEqual([]);
  });

  it("should read Arabic amounts, ranges, hedges and percentages in whole units", () => {
    const text =
      "ما بين 600 و700 مليار يوان (أي 84 إلى 98 مليار دولار) بنسبة 48% و٤٨٪ ونحو ٣٦٫٦ مليار يوان في الربع الأخير من 2024";
    const f = parseFigures(text, "ar");
    for (const x of f) expect(text.slice(x.start, x.end)).toBe(x.quote);
    expect(f.map((x) => [x.quote, x.quantity])).toEqual([
      ["600 و700 مليار يوان", { min: 600e9, max: 700e9, unit: "currency", currency: "CNY", approximate: false }],
      ["84 إلى 98 مليار دولار", { min: 84e9, max: 98e9, unit: "currency", currency: "USD", approximate: false }],
      ["48%", { value: 48, unit: "percent", approximate: false }],
      ["و٤٨٪", { value: 48, unit: "percent", approximate: false }],
      ["٣٦٫٦ مليار يوان", { value: 36_600_000_000, unit: "currency", currency: "CNY", approximate: true }],
      ["الربع الأخير من 2024", undefined],
    ]);
    expect(f[4]?.period).toEqual({ start: "2024-Q4" });
  });

  it("should read English amounts, symbols, ranges, per cent and periods", () => {
    const text =
      "About $5bn, between 600 and 700 billion yuan, 84–98 billion dollars and 20 per cent in the first half of 2026.";
    const f = parseFigures(text, "en");
    expect(f.map((x) => [x.quote, x.quantity?.value ?? x.quantity?.min, x.quantity?.currency])).toEqual([
      ["$5bn", 5e9, "USD"],
      ["600 and 700 billion yuan", 600e9, "CNY"],
      ["84–98 billion dollars", 84e9, "USD"],
      ["20 per cent", 20, undefined],
      ["first half of 2026", undefined, undefined],
    ]);
    expect(f[0]?.quantity?.approximate).toBe(true);
    expect(f[4]?.period).toEqual({ start: "2026-H1" });
  });
});
