import { describe, expect, it } from "vitest";
import { formatAuthorship, formatFigure, formatPeriod } from "./format";

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

describe("authorship", () => {
  it("should say nothing when the evidence does not say who added it", () => {
    expect(formatAuthorship(undefined, "2026-11-30T14:02:00.000Z")).toBeNull();
    expect(formatAuthorship("", undefined)).toBeNull();
  });

  it("should name who added it, and when in the given zone, or only who when the time is missing or unreadable", () => {
    expect(formatAuthorship("Lina Haddad", "2026-11-30T14:02:00.000Z", "UTC")).toBe(
      "added by Lina Haddad on 30 Nov 2026, 14:02",
    );
    expect(formatAuthorship("Lina Haddad", "2026-11-30T14:02:00.000Z", "Asia/Dubai")).toBe(
      "added by Lina Haddad on 30 Nov 2026, 18:02",
    );
    expect(formatAuthorship("Lina Haddad", undefined)).toBe("added by Lina Haddad");
    expect(formatAuthorship("Lina Haddad", "yesterday")).toBe("added by Lina Haddad");
  });
});
