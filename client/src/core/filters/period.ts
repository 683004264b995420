// Partial dates ("2025", "2025-Q4", "2025-H1", "2025-02", "2025-02-14") as month ranges for the timeline.
import type { MonthRange } from "./types";

const PATTERN = /^(\d{4})(?:-(?:Q([1-4])|H([12])|(\d{2})(?:-\d{2})?))?$/;

/** The months a partial date covers, or null when it is not a partial date. */
export function partialDateRange(value: string | undefined): MonthRange | null {
  if (!value) return null;
  const m = PATTERN.exec(value);
  if (!m) return null;
  const base = Number(m[1]) * 12;
  if (m[2]) return { from: base + (Number(m[2]) - 1) * 3, to: base + Number(m[2]) * 3 - 1 };
  if (m[3]) return { from: base + (Number(m[3]) - 1) * 6, to: base + Number(m[3]) * 6 - 1 };
  if (m[4]) {
    const month = Number(m[4]);
    if (month < 1 || month > 12) return null;
    return { from: base + month - 1, to: base + month - 1 };
  }
  return { from: base, to: base + 11 };
}

/** A claim's period: from the start of periodStart to the end of periodEnd (or of periodStart). */
export function claimPeriod(periodStart: string | undefined, periodEnd: string | undefined): MonthRange | null {
  const start = partialDateRange(periodStart);
  if (!start) return null;
  const end = partialDateRange(periodEnd) ?? start;
  return { from: start.from, to: Math.max(start.to, end.to) };
}

export function overlaps(a: MonthRange, b: MonthRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** "2025-03" style label of a month index. */
export function monthLabel(month: number): string {
  const year = Math.floor(month / 12);
  return `${year}-${String((month % 12) + 1).padStart(2, "0")}`;
}

/** The smallest range covering all of them, or null for none. */
export function spanOf(ranges: Iterable<MonthRange | null>): MonthRange | null {
  let out: MonthRange | null = null;
  for (const r of ranges) {
    if (!r) continue;
    out = out ? { from: Math.min(out.from, r.from), to: Math.max(out.to, r.to) } : { ...r };
  }
  return out;
}
