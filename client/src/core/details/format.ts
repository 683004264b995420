// Readable claim figures and periods: 600000000000 CNY → "600 billion CNY"; ranges, percents, "about"; authorship.
const SCALES: [number, string][] = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
];

function scaled(n: number): { value: number; word: string } {
  for (const [size, word] of SCALES) if (Math.abs(n) >= size) return { value: n / size, word };
  return { value: n, word: "" };
}

const number = (n: number) => new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(n);

export interface Figure {
  value?: number | undefined;
  min?: number | undefined;
  max?: number | undefined;
  unit?: string | undefined;
  currency?: string | undefined;
  approximate?: boolean | undefined;
}

function withUnit(text: string, f: Figure): string {
  if (f.unit === "currency" && f.currency) return `${text} ${f.currency}`;
  if (f.unit === "percent") return `${text}%`;
  if (f.unit === "multiplier") return `${text}×`;
  return f.unit ? `${text} ${f.unit}` : text;
}

/** The figure a claim states, or null when it states none. */
export function formatFigure(f: Figure): string | null {
  const prefix = f.approximate ? "about " : "";
  if (typeof f.value === "number") {
    const s = scaled(f.value);
    return prefix + withUnit(`${number(s.value)}${s.word ? ` ${s.word}` : ""}`, f);
  }
  if (typeof f.min === "number" && typeof f.max === "number") {
    const top = scaled(f.max);
    const low = f.min / (f.max === 0 ? 1 : f.max / top.value);
    return prefix + withUnit(`${number(low)}–${number(top.value)}${top.word ? ` ${top.word}` : ""}`, f);
  }
  return null;
}

/** "2025", "2025 to 2026-Q2", or null. */
export function formatPeriod(start: string | undefined, end: string | undefined): string | null {
  if (!start) return null;
  return end && end !== start ? `${start} to ${end}` : start;
}

/**
 * "added by Lina Haddad on 30 Nov 2026, 14:02" (the time in the reader's zone), "added by Lina Haddad", or null
 * when a piece of evidence does not say who added it (hand-written manifests).
 */
export function formatAuthorship(
  addedBy: string | undefined,
  addedAt: string | undefined,
  timeZone?: string,
): string | null {
  if (!addedBy) return null;
  const at = addedAt ? new Date(addedAt) : null;
  if (!at || Number.isNaN(at.getTime())) return `added by ${addedBy}`;
  const when = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    ...(timeZone ? { timeZone } : {}),
  }).format(at);
  return `added by ${addedBy} on ${when}`;
}
