import { describe, expect, it } from "vitest";
import { claimPeriod, monthLabel, overlaps, partialDateRange, spanOf } from "./period";

describe("partial dates as month ranges", () => {
  it("should reject what is not a partial date", () => {
    expect(partialDateRange(undefined)).toBeNull();
    expect(partialDateRange("")).toBeNull();
    expect(partialDateRange("25")).toBeNull();
    expect(partialDateRange("2025-13")).toBeNull();
    expect(partialDateRange("2025-Q5")).toBeNull();
    expect(partialDateRange("last year")).toBeNull();
  });

  it("should cover a year, a half, a quarter, a month and a day", () => {
    const y = 2025 * 12;
    expect(partialDateRange("2025")).toEqual({ from: y, to: y + 11 });
    expect(partialDateRange("2025-H2")).toEqual({ from: y + 6, to: y + 11 });
    expect(partialDateRange("2025-Q4")).toEqual({ from: y + 9, to: y + 11 });
    expect(partialDateRange("2025-02")).toEqual({ from: y + 1, to: y + 1 });
    expect(partialDateRange("2025-02-14")).toEqual({ from: y + 1, to: y + 1 });
  });

  it("should stretch a claim's period to its end date", () => {
    expect(claimPeriod("2024", "2026-Q1")).toEqual({ from: 2024 * 12, to: 2026 * 12 + 2 });
    expect(claimPeriod(undefined, "2026")).toBeNull();
    expect(claimPeriod("2025", "nonsense")).toEqual(partialDateRange("2025"));
  });

  it("should tell overlapping ranges and span several", () => {
    expect(overlaps({ from: 1, to: 5 }, { from: 5, to: 9 })).toBe(true);
    expect(overlaps({ from: 1, to: 4 }, { from: 5, to: 9 })).toBe(false);
    expect(spanOf([null, { from: 3, to: 4 }, { from: 1, to: 2 }])).toEqual({ from: 1, to: 4 });
    expect(spanOf([])).toBeNull();
    expect(monthLabel(2025 * 12 + 2)).toBe("2025-03");
  });
});
