import { describe, expect, it } from "vitest";
import { formatFigure, formatPeriod } from "./format";

describe("claim figures", () => {
  it("should say nothing when the claim states no figure", () => {
    expect(formatFigure({})).toBeNull();
    expect(formatFigure({ min: 1 })).toBeNull();
    expect(formatPeriod(undefined, "2026")).toBeNull();
  });

  it("should write amounts, ranges, percents and hedges readably", () => {
    expect(formatFigure({ value: 400_000_000_000, unit: "currency", currency: "CNY", approximate: true })).toBe(
      "about 400 billion CNY",
    );
    expect(formatFigure({ min: 600_000_000_000, max: 700_000_000_000, unit: "currency", currency: "CNY" })).toBe(
      "600–700 billion CNY",
    );
    expect(formatFigure({ value: 48, unit: "percent" })).toBe("48%");
    expect(formatFigure({ value: 36.6e9, unit: "currency", currency: "CNY" })).toBe("36.6 billion CNY");
    expect(formatFigure({ value: 3, unit: "years" })).toBe("3 years");
    expect(formatPeriod("2025", "2025")).toBe("2025");
    expect(formatPeriod("2024", "2030")).toBe("2024 to 2030");
  });
});
