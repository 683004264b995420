// Pure statistics of the bench: the spread of repeated runs, app/baseline pairs within a repeat, targets on the median.

/** Median, minimum and maximum of repeated runs, in the runs' unit (ms, bytes or a ratio). */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** The median of the values (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median, min and max of at least one finite value; a RangeError names what is wrong otherwise. */
export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new RangeError("spread: values must hold at least one run");
  const bad = values.findIndex((v) => !Number.isFinite(v));
  if (bad !== -1) throw new RangeError(`spread: run ${bad} is ${values[bad]}, not a finite number`);
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/** One repeat of a paired figure: the app and its baseline measured back to back (ms), and app ÷ baseline. */
export interface PairedRun {
  ms: number;
  baselineMs: number;
  ratio: number;
}

/** A paired figure over its repeats: every run kept, and the spread of each side and of the per-repeat ratios. */
export interface PairedFigure {
  runs: PairedRun[];
  ms: Spread;
  baselineMs: Spread;
  /** Spread of the per-repeat ratios: each ratio compares two runs made under the same load. */
  ratio: Spread;
}

/**
 * Pairs the i-th app run with the i-th baseline run (ms, both positive). The ratio's median is the median of the
 * per-repeat ratios, not the ratio of the medians, so a load swing during one repeat moves one ratio only.
 */
export function pairRuns(ms: readonly number[], baselineMs: readonly number[]): PairedFigure {
  if (ms.length !== baselineMs.length)
    throw new RangeError(`pairRuns: ${ms.length} app runs but ${baselineMs.length} baseline runs`);
  const bad = baselineMs.findIndex((b) => !(b > 0));
  if (bad !== -1) throw new RangeError(`pairRuns: baseline run ${bad} is ${baselineMs[bad]} ms, not positive`);
  const runs = ms.map((m, i) => ({ ms: m, baselineMs: baselineMs[i] as number, ratio: m / (baselineMs[i] as number) }));
  return {
    runs,
    ms: spread(ms),
    baselineMs: spread(baselineMs),
    ratio: spread(runs.map((r) => r.ratio)),
  };
}

/** A target on a figure: the median must be at most (`max`) or at least (`min`) the limit. */
export type Target = { max: number } | { min: number };

/** Whether a figure meets its target, judged on the median only (min and max show the swing, they do not judge). */
export function meets(target: Target, figure: Spread): boolean {
  return "max" in target ? figure.median <= target.max : figure.median >= target.min;
}

/** One run of an interaction: felt time against the API's answer time plus one bare sigma frame (ms). */
export interface InteractionRun {
  feltMs: number;
  apiMs: number;
  frameMs: number;
  /** feltMs ÷ (apiMs + frameMs). */
  ratio: number;
}

/** The felt time of an interaction against what it cannot avoid: the API's answer and one frame of bare sigma. */
export function interactionRun(feltMs: number, apiMs: number, frameMs: number): InteractionRun {
  for (const [name, v] of [
    ["feltMs", feltMs],
    ["apiMs", apiMs],
    ["frameMs", frameMs],
  ] as const) {
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`interactionRun: ${name} is ${v}, not a duration ≥ 0`);
  }
  const floor = apiMs + frameMs;
  if (floor === 0) throw new RangeError("interactionRun: apiMs + frameMs is 0, nothing to compare with");
  return { feltMs, apiMs, frameMs, ratio: feltMs / floor };
}

/**
 * Wall time during which at least one of the intervals ran (ms): overlapping requests count once, so two requests
 * in parallel cost the longer of the two, and two in a row cost both. Intervals are [start, end] with end ≥ start.
 */
export function coveredMs(intervals: ReadonlyArray<{ start: number; end: number }>): number {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  let total = 0;
  let from = Number.NEGATIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const { start, end } of sorted) {
    if (!(end >= start)) throw new RangeError(`coveredMs: an interval ends (${end}) before it starts (${start})`);
    if (start > to) {
      if (to > from) total += to - from;
      from = start;
      to = end;
    } else if (end > to) to = end;
  }
  if (to > from) total += to - from;
  return total;
}
