// Pure: the claim form's figure fields: an amount with its scale word ("36.6" billion), a range, unit, currency,
// hedge and period, read from a quote by the shared figure parser and turned back into whole units.
import type { Period, Quantity } from "@domain/model/claim";
import { parseFigures } from "@domain/text/figures";

export const SCALE_CHOICES: ReadonlyArray<{ label: string; factor: number }> = [
  { label: "units", factor: 1 },
  { label: "thousand", factor: 1e3 },
  { label: "million", factor: 1e6 },
  { label: "billion", factor: 1e9 },
  { label: "trillion", factor: 1e12 },
];

/** What the figure fields hold: text as typed, so a half-typed number is not lost. */
export interface FigureFields {
  range: boolean;
  amount: string;
  min: string;
  max: string;
  /** The scale word's factor: 1e9 for "billion". */
  factor: number;
  /** "currency", "percent", "count" or any other unit. */
  unit: string;
  currency: string;
  approximate: boolean;
  periodStart: string;
  periodEnd: string;
}

/** The largest scale whose multiple writes every given value with at most three decimals (1 when none does). */
function commonFactor(values: number[]): number {
  for (const { factor } of [...SCALE_CHOICES].reverse()) {
    if (factor === 1 || values.length === 0) break;
    const fits = (v: number) => Math.abs(v) >= factor && Math.abs(v / factor - Number((v / factor).toFixed(3))) < 1e-9;
    if (values.every(fits)) return factor;
  }
  return 1;
}

const shown = (v: number, factor: number) => String(Number((v / factor).toFixed(3)));

export function getEmptyFigureFields(): FigureFields {
  return {
    range: false,
    amount: "",
    min: "",
    max: "",
    factor: 1,
    unit: "currency",
    currency: "USD",
    approximate: false,
    periodStart: "",
    periodEnd: "",
  };
}

/** The fields for a quantity and period (a claim being edited, or a figure read from a quote). */
export function figureFieldsOf(quantity: Quantity | undefined, period: Period | undefined): FigureFields {
  const empty = getEmptyFigureFields();
  const periodFields = { periodStart: period?.start ?? "", periodEnd: period?.end ?? "" };
  if (!quantity) return { ...empty, ...periodFields };
  const values = [quantity.value, quantity.min, quantity.max].filter((v): v is number => v !== undefined);
  const factor = quantity.unit === "percent" ? 1 : commonFactor(values);
  const range = quantity.value === undefined;
  return {
    range,
    amount: quantity.value !== undefined ? shown(quantity.value, factor) : "",
    min: quantity.min !== undefined ? shown(quantity.min, factor) : "",
    max: quantity.max !== undefined ? shown(quantity.max, factor) : "",
    factor,
    unit: quantity.unit,
    currency: quantity.currency ?? "",
    approximate: quantity.approximate ?? false,
    ...periodFields,
  };
}

/** A typed number times its scale, in whole units when scaled ("36.6" × 1e9 = 36600000000); null if not a number. */
export function wholeUnits(typed: string, factor: number): number | null {
  const text = typed.trim().replace(/[,\s]/g, "");
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  const n = Number(text);
  return factor === 1 ? n : Math.round(n * factor);
}

/** The quantity the fields say (to be checked by the shared Quantity schema), with the field each value came from. */
export function quantityOf(f: FigureFields): Record<string, unknown> {
  const unit = f.unit.trim();
  const base = {
    unit,
    ...(unit === "currency" ? { currency: f.currency.trim().toUpperCase() } : {}),
    approximate: f.approximate,
  };
  if (f.range) {
    return { ...base, min: wholeUnits(f.min, f.factor) ?? undefined, max: wholeUnits(f.max, f.factor) ?? undefined };
  }
  return { ...base, value: wholeUnits(f.amount, f.factor) ?? undefined };
}

/** The period the fields say, or undefined when no start is given. */
export function periodOf(f: FigureFields): Period | undefined {
  const start = f.periodStart.trim();
  const end = f.periodEnd.trim();
  if (start === "") return undefined;
  return { start, ...(end !== "" ? { end } : {}) };
}

/** The first figure with a quantity the shared parser reads in a quote (Arabic or Western digits, both languages). */
export function figureIn(quote: string, language: string): { quantity?: Quantity; period?: Period } {
  const found = parseFigures(quote, language).find((f) => f.quantity !== undefined);
  if (!found) {
    const date = parseFigures(quote, language).find((f) => f.period);
    return date?.period
      ? { period: { start: date.period.start, ...(date.period.end ? { end: date.period.end } : {}) } }
      : {};
  }
  return {
    ...(found.quantity ? { quantity: found.quantity } : {}),
    ...(found.period
      ? { period: { start: found.period.start, ...(found.period.end ? { end: found.period.end } : {}) } }
      : {}),
  };
}
