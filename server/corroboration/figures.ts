// Figures made comparable: intervals in whole units, canonical units and periods, tolerances, and the gap between two.
import type { FigureDifference, NormalizedFigure, NormalizedPeriod } from "@domain/contracts/corroboration";

/** Two exact figures agree when their gap is at most 2% of the larger: reported figures are rounded. */
export const EXACT_TOLERANCE = 0.02;
/** A hedged figure ("about", "up to", "nearly") is given 10%. */
export const APPROXIMATE_TOLERANCE = 0.1;

/** A figure as a claim stores it (docs/model.md): whole units, an ISO 4217 currency, partial dates. */
export interface FigureInput {
  value?: number | undefined;
  min?: number | undefined;
  max?: number | undefined;
  unit: string;
  currency?: string | undefined;
  approximate: boolean;
  periodStart?: string | undefined;
  periodEnd?: string | undefined;
}

const UNIT_ALIASES: Readonly<Record<string, string>> = {
  "%": "percent",
  pct: "percent",
  "per cent": "percent",
  percentage: "percent",
  percents: "percent",
  x: "multiplier",
  "×": "multiplier",
  times: "multiplier",
  fold: "multiplier",
  multiple: "multiplier",
  year: "years",
  yr: "years",
  yrs: "years",
  money: "currency",
  amount: "currency",
};

/** The canonical name of a unit: trimmed, lower case, and its usual spellings ("%", "pct") made one ("percent"). */
export function normalizeUnit(unit: string): string {
  const u = unit.trim().toLowerCase().replace(/\s+/g, " ");
  return UNIT_ALIASES[u] ?? u;
}

// ---------- periods ----------

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const isoDay = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** Days in month `m` (1–12) of year `y`, Gregorian. */
const daysIn = (y: number, m: number) => (m === 2 && isLeap(y) ? 29 : (MONTH_DAYS[m - 1] as number));

/**
 * The first and last day of a partial date (`PartialDate`: "2025", "2025-H1", "2025-Q4", "2025-02", "2025-02-14"),
 * as ISO dates; undefined for anything else.
 */
export function partialDateDays(partial: string): { first: string; last: string } | undefined {
  const m = /^(\d{4})(?:-(?:(Q[1-4])|(H[12])|(\d{2})(?:-(\d{2}))?))?$/.exec(partial);
  if (!m) return undefined;
  const y = Number(m[1]);
  if (m[2]) {
    const q = Number(m[2].slice(1));
    return { first: isoDay(y, 3 * q - 2, 1), last: isoDay(y, 3 * q, daysIn(y, 3 * q)) };
  }
  if (m[3]) {
    const h = Number(m[3].slice(1));
    return { first: isoDay(y, 6 * h - 5, 1), last: isoDay(y, 6 * h, daysIn(y, 6 * h)) };
  }
  if (m[4]) {
    const month = Number(m[4]);
    if (month < 1 || month > 12) return undefined;
    if (m[5]) {
      const day = Number(m[5]);
      if (day < 1 || day > daysIn(y, month)) return undefined;
      return { first: isoDay(y, month, day), last: isoDay(y, month, day) };
    }
    return { first: isoDay(y, month, 1), last: isoDay(y, month, daysIn(y, month)) };
  }
  return { first: isoDay(y, 1, 1), last: isoDay(y, 12, 31) };
}

const parts = (day: string) => day.split("-").map(Number) as [number, number, number];

/** The shortest canonical name of one end of an interval at the coarsest unit it is aligned to. */
function periodLabel(first: string, last: string): string {
  const [y1, m1, d1] = parts(first);
  const [y2, m2, d2] = parts(last);
  const startsMonth = d1 === 1;
  const endsMonth = d2 === daysIn(y2, m2);
  const years = startsMonth && endsMonth && m1 === 1 && m2 === 12;
  if (years) return y1 === y2 ? String(y1) : `${y1}–${y2}`;
  const aligned = (size: number) => startsMonth && endsMonth && (m1 - 1) % size === 0 && m2 % size === 0;
  const name = (y: number, m: number, size: number, letter: string) => `${y}-${letter}${Math.ceil(m / size)}`;
  for (const [size, letter] of [
    [6, "H"],
    [3, "Q"],
  ] as const) {
    if (!aligned(size)) continue;
    const a = name(y1, m1, size, letter);
    const b = name(y2, m2, size, letter);
    return a === b ? a : `${a}–${b}`;
  }
  if (startsMonth && endsMonth) {
    const a = `${y1}-${pad(m1)}`;
    const b = `${y2}-${pad(m2)}`;
    return a === b ? a : `${a}–${b}`;
  }
  return first === last ? first : `${first}–${last}`;
}

/**
 * A claim's period as whole days: from the first day of `start` to the last day of `end` (or of `start` when there
 * is no end), with a canonical label, so "2025" and "2025-Q1"–"2025-Q4" are one period. No start: no period.
 */
export function normalizePeriod(start?: string, end?: string): NormalizedPeriod {
  const key = `${start ?? ""}|${end ?? ""}`;
  const known = PERIODS.get(key);
  if (known) return known;
  const period = computePeriod(start, end);
  if (PERIODS.size >= 10_000) PERIODS.clear();
  PERIODS.set(key, period);
  return period;
}

/** Claims share few periods: each is computed once (frozen, since answers share it). */
const PERIODS = new Map<string, NormalizedPeriod>();

function computePeriod(start?: string, end?: string): NormalizedPeriod {
  const a = start === undefined ? undefined : partialDateDays(start);
  if (a === undefined) return Object.freeze({ label: "no period" });
  const b = end === undefined ? a : (partialDateDays(end) ?? a);
  const first = a.first;
  const last = b.last < a.first ? a.last : b.last;
  return Object.freeze({ start: first, end: last, label: periodLabel(first, last) });
}

/** The key periods are grouped and compared by: "first/last", or "none". */
export function periodKey(period: NormalizedPeriod): string {
  return period.start === undefined ? "none" : `${period.start}/${period.end ?? period.start}`;
}

/** Whether two periods share at least one day (no period overlaps only no period). */
export function periodsOverlap(a: NormalizedPeriod, b: NormalizedPeriod): boolean {
  if (a.start === undefined || b.start === undefined) return a.start === b.start;
  return a.start <= (b.end ?? b.start) && b.start <= (a.end ?? a.start);
}

// ---------- amounts ----------

const SCALES: readonly [number, string][] = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
];

/** A number with at most three decimals, trailing zeros dropped: 36.6, 600, 0.125. */
function plain(n: number): string {
  return String(Number(n.toFixed(3)));
}

/** Numbers as an English reader writes them, with one scale word shared by all: ["600", "700"], "billion". */
export function scaled(values: readonly number[]): { numbers: string[]; scale: string } {
  const biggest = Math.max(...values.map(Math.abs));
  for (const [size, word] of SCALES) {
    if (biggest >= size) return { numbers: values.map((v) => plain(v / size)), scale: word };
  }
  return { numbers: values.map(plain), scale: "" };
}

function withUnit(numbers: string, scale: string, unit: string, currency: string | undefined): string {
  const s = scale ? ` ${scale}` : "";
  if (unit === "currency") return `${numbers}${s} ${currency ?? ""}`.trimEnd();
  if (unit === "percent") return `${numbers}${s}%`;
  if (unit === "multiplier") return `${numbers}${s}×`;
  return `${numbers}${s} ${unit}`;
}

/** "600–700 billion CNY", "≈ 500 billion USD", "48%": one interval in English with its unit. */
export function intervalText(
  low: number,
  high: number,
  unit: string,
  currency?: string,
  approximate = false,
  point = low === high,
): string {
  const { numbers, scale } = scaled(point ? [low] : [low, high]);
  return `${approximate ? "≈ " : ""}${withUnit(numbers.join("–"), scale, unit, currency)}`;
}

/**
 * A claim's figure made comparable: a value becomes the interval [value, value], a range [min, max]; the unit is
 * made canonical (normalizeUnit), the currency kept as it is (never converted), the period made whole days
 * (normalizePeriod), and the tolerance set by exactness (EXACT_TOLERANCE, APPROXIMATE_TOLERANCE).
 * Throws a RangeError naming the field when the figure has neither a value nor both min and max.
 */
export function normalizeFigure(f: FigureInput): NormalizedFigure {
  let low: number;
  let high: number;
  let point: boolean;
  if (f.min !== undefined && f.max !== undefined) {
    low = Math.min(f.min, f.max);
    high = Math.max(f.min, f.max);
    point = low === high;
  } else if (f.value !== undefined) {
    low = f.value;
    high = f.value;
    point = true;
  } else {
    throw new RangeError("figure: needs a value, or both min and max");
  }
  const unit = normalizeUnit(f.unit);
  const currency = unit === "currency" ? f.currency?.toUpperCase() : undefined;
  return {
    low,
    high,
    point,
    unit,
    ...(currency ? { currency } : {}),
    approximate: f.approximate,
    tolerance: f.approximate ? APPROXIMATE_TOLERANCE : EXACT_TOLERANCE,
    period: normalizePeriod(f.periodStart, f.periodEnd),
    text: intervalText(low, high, unit, currency, f.approximate, point),
  };
}

/** Why two figures are not compared, or undefined when they are comparable (same unit, currency and period). */
export function incomparability(a: NormalizedFigure, b: NormalizedFigure): string | undefined {
  if (a.unit !== b.unit) return `different units (${a.unit}, ${b.unit})`;
  if (a.currency !== b.currency) {
    return `different currencies (${a.currency ?? "none"}, ${b.currency ?? "none"}): never converted`;
  }
  if (periodKey(a.period) !== periodKey(b.period)) return `different periods (${a.period.label}, ${b.period.label})`;
  return undefined;
}

/**
 * The gap between two comparable figures: 0 when their intervals overlap, else the distance between the nearest
 * ends; `relative` divides it by the larger magnitude of those two ends (450 vs 600–700: 150 / 600 = 0.25).
 */
export function figureDifference(a: NormalizedFigure, b: NormalizedFigure): FigureDifference {
  let near: [number, number] = [0, 0];
  let absolute = 0;
  if (a.high < b.low) {
    near = [a.high, b.low];
    absolute = b.low - a.high;
  } else if (b.high < a.low) {
    near = [b.high, a.low];
    absolute = a.low - b.high;
  }
  const scale = Math.max(Math.abs(near[0]), Math.abs(near[1]));
  const relative = absolute === 0 || scale === 0 ? 0 : absolute / scale;
  const gap = absolute === 0 ? "overlapping" : `${intervalText(absolute, absolute, a.unit, a.currency)} apart`;
  const percent = `${Number((relative * 100).toFixed(1))}%`;
  return {
    absolute,
    relative,
    unit: a.unit,
    ...(a.currency ? { currency: a.currency } : {}),
    text: `${a.text} vs ${b.text}: ${gap}${absolute === 0 ? "" : ` (${percent})`}`,
  };
}

/** Two comparable figures agree when their relative difference is within the larger of their tolerances. */
export function figuresAgree(a: NormalizedFigure, b: NormalizedFigure, difference = figureDifference(a, b)): boolean {
  return difference.relative <= Math.max(a.tolerance, b.tolerance) + 1e-12;
}
