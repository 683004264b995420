import { Quantity } from "@domain/model/claim";
import { describe, expect, it } from "vitest";
import { figureFieldsOf, figureIn, getEmptyFigureFields, periodOf, quantityOf, wholeUnits } from "./claims";

describe("the claim form's figure fields", () => {
  it("should refuse what is not a number, and a figure without one", () => {
    expect(wholeUnits("", 1)).toBeNull();
    expect(wholeUnits("fifty", 1e9)).toBeNull();
    expect(wholeUnits("1.2.3", 1)).toBeNull();
    const parsed = Quantity.safeParse(quantityOf({ ...getEmptyFigureFields(), amount: "lots" }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("needs a value, or both min and max");
  });

  it("should write a typed amount times its scale in whole units", () => {
    expect(wholeUnits("36.6", 1e9)).toBe(36_600_000_000);
    expect(wholeUnits("1,250", 1e6)).toBe(1_250_000_000);
    expect(wholeUnits("48", 1)).toBe(48);
    expect(wholeUnits("0.5", 1)).toBe(0.5);
  });

  it("should show a stored quantity with its scale word, and give it back unchanged", () => {
    const q = Quantity.parse({ min: 600e9, max: 700e9, unit: "currency", currency: "CNY" });
    const fields = figureFieldsOf(q, { start: "2025" });
    expect(fields).toMatchObject({
      range: true,
      min: "600",
      max: "700",
      factor: 1e9,
      currency: "CNY",
      periodStart: "2025",
    });
    expect(Quantity.parse(quantityOf(fields))).toEqual(q);
    const pct = Quantity.parse({ value: 48, unit: "percent" });
    expect(figureFieldsOf(pct, undefined)).toMatchObject({ amount: "48", factor: 1, unit: "percent" });
    expect(Quantity.parse(quantityOf(figureFieldsOf(pct, undefined)))).toEqual(pct);
  });

  it("should leave the currency out unless the unit is currency, as the shared schema asks", () => {
    const fields = { ...getEmptyFigureFields(), amount: "3", unit: "years", currency: "USD" };
    expect(Quantity.parse(quantityOf(fields))).toEqual({ value: 3, unit: "years", approximate: false });
  });

  it("should give a period only when it has a start", () => {
    expect(periodOf({ ...getEmptyFigureFields(), periodEnd: "2026" })).toBeUndefined();
    expect(periodOf({ ...getEmptyFigureFields(), periodStart: "2025", periodEnd: "2026-Q2" })).toEqual({
      start: "2025",
      end: "2026-Q2",
    });
  });

  it("should read the figure of a quote in Arabic and Western digits, in both languages", () => {
    expect(figureIn("Alibaba plans to invest about 50 billion yuan in China in 2025.", "en")).toEqual({
      quantity: { value: 50e9, unit: "currency", currency: "CNY", approximate: true },
      period: { start: "2025" },
    });
    expect(figureIn("وتعتزم علي بابا استثمار نحو ٥٠ مليار يوان في الصين", "ar").quantity).toEqual({
      value: 50e9,
      unit: "currency",
      currency: "CNY",
      approximate: true,
    });
    expect(figureIn("up 48% on the year", "en").quantity).toMatchObject({ value: 48, unit: "percent" });
    expect(figureIn("No figure here.", "en")).toEqual({});
  });
});
