// Figures made comparable, without Neo4j: the seed's Arabic figures and the fixtures' English ones, periods, units, tolerance.
import { beforeAll, describe, expect, it } from "vitest";
import {
  figureDifference,
  figuresAgree,
  incomparability,
  intervalText,
  normalizeFigure,
  normalizePeriod,
  normalizeUnit,
  partialDateDays,
  periodsOverlap,
} from "../../server/corroboration/figures";
import type { FigureClaimFacts } from "../../server/corroboration/types";
import { type DocumentFacts, documentFacts } from "../helpers/corroborationFacts";

const figure = (f: Partial<Parameters<typeof normalizeFigure>[0]> = {}) =>
  normalizeFigure({ unit: "currency", currency: "CNY", approximate: false, periodStart: "2025", ...f });

describe("normalizeFigure", () => {
  it("should throw a RangeError naming the figure when it has neither a value nor both min and max", () => {
    expect(() => normalizeFigure({ unit: "percent", approximate: false })).toThrow(RangeError);
    expect(() => normalizeFigure({ unit: "percent", min: 1, approximate: false })).toThrow(/needs a value/);
  });

  it("should make a value a point and a range an interval, in whole units, with its tolerance", () => {
    expect(figure({ value: 400e9, approximate: true })).toMatchObject({
      low: 400e9,
      high: 400e9,
      point: true,
      approximate: true,
      tolerance: 0.1,
      text: "≈ 400 billion CNY",
    });
    expect(figure({ min: 700e9, max: 600e9 })).toMatchObject({
      low: 600e9,
      high: 700e9,
      point: false,
      tolerance: 0.02,
    });
  });

  it("should keep the currency as stored, upper-cased, and drop one given to a unit that is not currency", () => {
    expect(figure({ value: 1, currency: "usd" }).currency).toBe("USD");
    expect(figure({ value: 48, unit: "%", currency: "USD" })).not.toHaveProperty("currency");
  });
});

describe("normalizeUnit", () => {
  it("should make the usual spellings of a unit one", () => {
    expect(["%", "pct", "Per Cent", " percent "].map(normalizeUnit)).toEqual(Array(4).fill("percent"));
    expect(["x", "×", "times"].map(normalizeUnit)).toEqual(Array(3).fill("multiplier"));
    expect(normalizeUnit("yrs")).toBe("years");
    expect(normalizeUnit("barrels")).toBe("barrels");
  });
});

describe("periods", () => {
  it("should give no days for what is not a partial date", () => {
    expect(partialDateDays("2025-13")).toBeUndefined();
    expect(partialDateDays("2025-02-30")).toBeUndefined();
    expect(partialDateDays("25")).toBeUndefined();
    expect(normalizePeriod(undefined)).toEqual({ label: "no period" });
    expect(normalizePeriod("soon")).toEqual({ label: "no period" });
  });

  it("should read years, halves, quarters, months and days as whole days", () => {
    expect(partialDateDays("2024")).toEqual({ first: "2024-01-01", last: "2024-12-31" });
    expect(partialDateDays("2026-H1")).toEqual({ first: "2026-01-01", last: "2026-06-30" });
    expect(partialDateDays("2024-Q4")).toEqual({ first: "2024-10-01", last: "2024-12-31" });
    expect(partialDateDays("2024-02")).toEqual({ first: "2024-02-01", last: "2024-02-29" });
    expect(partialDateDays("2025-02-14")).toEqual({ first: "2025-02-14", last: "2025-02-14" });
  });

  it("should give one period one name however it is spelled", () => {
    const year = normalizePeriod("2025");
    expect(normalizePeriod("2025-Q1", "2025-Q4")).toEqual(year);
    expect(normalizePeriod("2025-01", "2025-H2")).toEqual(year);
    expect(year).toEqual({ start: "2025-01-01", end: "2025-12-31", label: "2025" });
    expect(normalizePeriod("2025", "2028").label).toBe("2025–2028");
    expect(normalizePeriod("2024-Q4").label).toBe("2024-Q4");
    expect(normalizePeriod("2025-Q2", "2025-Q3").label).toBe("2025-Q2–2025-Q3");
    expect(normalizePeriod("2025-02").label).toBe("2025-02");
    expect(normalizePeriod("2025-02-14", "2025-03-01").label).toBe("2025-02-14–2025-03-01");
  });

  it("should tell overlapping periods from disjoint ones", () => {
    expect(periodsOverlap(normalizePeriod("2025"), normalizePeriod("2024", "2025-Q1"))).toBe(true);
    expect(periodsOverlap(normalizePeriod("2025"), normalizePeriod("2026-H1"))).toBe(false);
    expect(periodsOverlap(normalizePeriod(), normalizePeriod())).toBe(true);
  });
});

describe("comparing figures", () => {
  it("should not compare different units, currencies or periods, and say why", () => {
    expect(incomparability(figure({ value: 1 }), figure({ value: 1, currency: "USD" }))).toBe(
      "different currencies (CNY, USD): never converted",
    );
    expect(incomparability(figure({ value: 1 }), figure({ value: 1, unit: "percent" }))).toMatch(/different units/);
    expect(incomparability(figure({ value: 1 }), figure({ value: 1, periodStart: "2024" }))).toBe(
      "different periods (2025, 2024)",
    );
    expect(incomparability(figure({ value: 1 }), figure({ min: 0, max: 2 }))).toBeUndefined();
  });

  it("should measure the gap between intervals against the larger of the two nearest ends", () => {
    const d = figureDifference(figure({ value: 450e9, approximate: true }), figure({ min: 600e9, max: 700e9 }));
    expect(d).toMatchObject({ absolute: 150e9, relative: 0.25, unit: "currency", currency: "CNY" });
    expect(d.text).toBe("≈ 450 billion CNY vs 600–700 billion CNY: 150 billion CNY apart (25%)");
    expect(figureDifference(figure({ value: 650e9 }), figure({ min: 600e9, max: 700e9 })).absolute).toBe(0);
  });

  it("should let exact figures differ by 2% and approximate ones by 10%", () => {
    expect(figuresAgree(figure({ value: 100 }), figure({ value: 102 }))).toBe(true);
    expect(figuresAgree(figure({ value: 100 }), figure({ value: 103 }))).toBe(false);
    expect(figuresAgree(figure({ value: 100, approximate: true }), figure({ value: 110 }))).toBe(true);
    expect(figuresAgree(figure({ value: 100, approximate: true }), figure({ value: 112 }))).toBe(false);
    expect(figuresAgree(figure({ value: 0 }), figure({ value: 0 }))).toBe(true);
  });

  it("should write intervals with one scale word and their unit", () => {
    expect(intervalText(84e9, 98e9, "currency", "USD")).toBe("84–98 billion USD");
    expect(intervalText(36.6e9, 36.6e9, "currency", "CNY")).toBe("36.6 billion CNY");
    expect(intervalText(1.5e12, 1.5e12, "currency", "USD", true)).toBe("≈ 1.5 trillion USD");
    expect(intervalText(48, 48, "percent")).toBe("48%");
    expect(intervalText(4, 4, "multiplier", undefined, true)).toBe("≈ 4×");
    expect(intervalText(3, 3, "years")).toBe("3 years");
  });
});

describe("the seed's Arabic figures and the fixtures' English ones", () => {
  let seed: DocumentFacts;
  let wire: DocumentFacts;
  let derived: DocumentFacts;
  beforeAll(async () => {
    [seed, wire, derived] = await Promise.all([
      documentFacts("seed/documents/bofa-china-ai-capex/document.json"),
      documentFacts("test/fixtures/documents/corroboration-wire-en/document.json"),
      documentFacts("test/fixtures/documents/corroboration-derived-en/document.json"),
    ]);
  });
  const claim = (doc: DocumentFacts, id: string): FigureClaimFacts => {
    const found = doc.claims.find((c) => c.id === id);
    if (!found) throw new Error(`no claim ${id}`);
    return found;
  };

  // Each row: the document, the claim, words its stored original must hold, and what normalisation must make of it.
  const cases: [string, () => DocumentFacts, string, Record<string, unknown>][] = [
    [
      "claim:china-ai-capex-2025-cny",
      () => seed,
      "ما بين 600 و700 مليار يوان", // between 600 and 700 billion yuan
      { low: 600e9, high: 700e9, point: false, currency: "CNY", approximate: false, text: "600–700 billion CNY" },
    ],
    [
      "claim:china-ai-capex-2025-usd",
      () => seed,
      "84 إلى 98 مليار دولار", // 84 to 98 billion dollars
      { low: 84e9, high: 98e9, currency: "USD", text: "84–98 billion USD" },
    ],
    [
      "claim:stargate-500bn-usd",
      () => seed,
      "ما يصل إلى 500 مليار دولار على مدار السنوات الأربع المقبلة", // up to 500 billion dollars over the next four years
      { low: 500e9, high: 500e9, currency: "USD", approximate: true, text: "≈ 500 billion USD" },
    ],
    [
      "claim:china-internet-companies-ai-investment-172bn-cny",
      () => seed,
      "تقدر بنحو 172 مليار يوان", // estimated at about 172 billion yuan
      { low: 172e9, currency: "CNY", approximate: true, text: "≈ 172 billion CNY" },
    ],
    [
      "claim:tencent-capex-q4-2024-36.6bn-cny",
      () => seed,
      "36.6 مليار يوان", // 36.6 billion yuan
      { low: 36.6e9, currency: "CNY", text: "36.6 billion CNY" },
    ],
    [
      "claim:china-ai-capex-growth-48pct",
      () => seed,
      "بنسبة 48%", // by 48%
      { low: 48, unit: "percent", text: "48%" },
    ],
    [
      "claim:meridian-stargate-500bn-usd",
      () => wire,
      "up to $500 billion over four years",
      { low: 500e9, high: 500e9, currency: "USD", approximate: true, text: "≈ 500 billion USD" },
    ],
    [
      "claim:meridian-china-ai-capex-2025-cny",
      () => wire,
      "about 450 billion yuan",
      { low: 450e9, currency: "CNY", approximate: true, text: "≈ 450 billion CNY" },
    ],
    [
      "claim:ledger-china-ai-capex-2025-cny",
      () => derived,
      "600 billion to 700 billion yuan",
      { low: 600e9, high: 700e9, currency: "CNY", approximate: false, text: "600–700 billion CNY" },
    ],
    ["claim:ledger-china-ai-capex-growth-48pct", () => derived, "a 48% increase", { low: 48, text: "48%" }],
  ];

  it.each(cases)("should read %s as its stored wording says", (id, doc, words, expected) => {
    const d = doc();
    expect(d.originals.get(id)).toContain(words);
    expect(normalizeFigure(claim(d, id))).toMatchObject(expected);
  });

  it("should give the seed's 'this year' and four-year Stargate periods the same days as the English texts", () => {
    const seedStargate = normalizeFigure(claim(seed, "claim:stargate-500bn-usd"));
    const wireStargate = normalizeFigure(claim(wire, "claim:meridian-stargate-500bn-usd"));
    expect(seedStargate.period).toEqual({ start: "2025-01-01", end: "2028-12-31", label: "2025–2028" });
    expect(wireStargate.period).toEqual(seedStargate.period);
    expect(figuresAgree(seedStargate, wireStargate)).toBe(true);
    const seedChina = normalizeFigure(claim(seed, "claim:china-ai-capex-2025-cny"));
    const wireChina = normalizeFigure(claim(wire, "claim:meridian-china-ai-capex-2025-cny"));
    expect(incomparability(seedChina, wireChina)).toBeUndefined();
    expect(figuresAgree(seedChina, wireChina)).toBe(false);
  });

  it("should never compare the seed's yuan figure with its own dollar equivalent", () => {
    const cny = normalizeFigure(claim(seed, "claim:china-ai-capex-2025-cny"));
    const usd = normalizeFigure(claim(seed, "claim:china-ai-capex-2025-usd"));
    expect(incomparability(cny, usd)).toBe("different currencies (CNY, USD): never converted");
  });
});
