// The bench's statistics: spreads of repeated runs, paired ratios, targets judged on the median, covered request time.
import { describe, expect, it } from "vitest";
import { parseBenchArgs } from "../bench/args";
import { coveredMs, interactionRun, median, meets, pairRuns, spread } from "../bench/stats";

describe("spread", () => {
  it("should refuse no runs and non-finite runs, naming the run", () => {
    expect(() => spread([])).toThrow(/at least one run/);
    expect(() => spread([1, Number.NaN])).toThrow(/run 1 is NaN/);
  });

  it("should give the median, min and max of odd and even counts", () => {
    expect(spread([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3 });
    expect(spread([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4 });
    expect(spread([7])).toEqual({ median: 7, min: 7, max: 7 });
    expect(median([])).toBeNaN();
  });
});

describe("pairRuns", () => {
  it("should refuse runs of different counts and a baseline that is not positive", () => {
    expect(() => pairRuns([1, 2], [1])).toThrow(/2 app runs but 1 baseline/);
    expect(() => pairRuns([1], [0])).toThrow(/baseline run 0 is 0 ms/);
  });

  it("should keep every run and take the median of the per-repeat ratios, not the ratio of the medians", () => {
    // Repeat 2 ran under load: both sides slow, its ratio stays ordinary.
    const f = pairRuns([110, 300, 150], [100, 250, 100]);
    expect(f.runs).toHaveLength(3);
    expect(f.runs[1]).toEqual({ ms: 300, baselineMs: 250, ratio: 1.2 });
    expect(f.ratio).toEqual({ median: 1.2, min: 1.1, max: 1.5 });
    expect(f.ms.median).toBe(150);
    expect(f.baselineMs.median).toBe(100);
  });
});

describe("meets", () => {
  it("should judge on the median only, whatever the min and max", () => {
    expect(meets({ max: 1.3 }, { median: 1.29, min: 1.0, max: 2.0 })).toBe(true);
    expect(meets({ max: 1.3 }, { median: 1.31, min: 1.0, max: 1.31 })).toBe(false);
    expect(meets({ min: 0.8 }, { median: 0.8, min: 0.5, max: 0.9 })).toBe(true);
    expect(meets({ min: 0.8 }, { median: 0.79, min: 0.79, max: 1.5 })).toBe(false);
  });
});

describe("interactionRun", () => {
  it("should refuse negative or non-finite durations and a zero floor", () => {
    expect(() => interactionRun(-1, 10, 10)).toThrow(/feltMs is -1/);
    expect(() => interactionRun(10, Number.POSITIVE_INFINITY, 10)).toThrow(/apiMs/);
    expect(() => interactionRun(10, 0, 0)).toThrow(/nothing to compare/);
  });

  it("should compare the felt time with the API time plus one frame", () => {
    expect(interactionRun(300, 150, 50)).toEqual({ feltMs: 300, apiMs: 150, frameMs: 50, ratio: 1.5 });
  });
});

describe("coveredMs", () => {
  it("should refuse an interval that ends before it starts", () => {
    expect(() => coveredMs([{ start: 5, end: 4 }])).toThrow(/ends \(4\) before it starts \(5\)/);
  });

  it("should count overlapping requests once and requests in a row each", () => {
    expect(coveredMs([])).toBe(0);
    expect(
      coveredMs([
        { start: 0, end: 100 },
        { start: 50, end: 120 },
        { start: 200, end: 230 },
      ]),
    ).toBe(150);
    expect(
      coveredMs([
        { start: 10, end: 20 },
        { start: 0, end: 100 },
      ]),
    ).toBe(100);
  });
});

describe("--repeats", () => {
  it("should refuse a repeat count below one or not a whole number", () => {
    expect(() => parseBenchArgs(["--repeats", "0"])).toThrow(/--repeats must be a whole number of at least 1/);
    expect(() => parseBenchArgs(["--repeats", "1.5"])).toThrow(/--repeats/);
  });

  it("should default to three repeats and accept another count", () => {
    expect(parseBenchArgs([]).repeats).toBe(3);
    expect(parseBenchArgs(["--repeats", "5"]).repeats).toBe(5);
  });
});
