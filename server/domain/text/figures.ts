// Candidate figures in free text (Arabic and English): amounts with scale and currency, percentages, ranges, periods.
// Words come from Intl.Segmenter (ICU's word breaks, which keep "36.6", "1,000,000" and "٣٦٫٦" whole); a small
// grammar over those words reads the figure. Quantities follow docs/model.md: floats in whole units, ISO 4217.
import { z } from "zod";
import { type Period, Quantity } from "../model/claim";
import { normalizeKey } from "./normalize";

export const FigureKind = z.enum(["amount", "percent", "count", "date"]);
export type FigureKind = z.infer<typeof FigureKind>;

/** A figure found in text: its span (UTF-16 code units, end exclusive), what it reads as, and the period near it. */
export const FigureCandidate = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** `text.slice(start, end)`. */
  quote: z.string(),
  kind: FigureKind,
  /** Absent for a bare date. value/min/max in whole units (600 billion is 600000000000). */
  quantity: Quantity.optional(),
  /** A year, quarter or half named in the figure's sentence, or the date itself for kind "date". */
  period: z.object({ start: z.string(), end: z.string().optional() }).optional(),
});
export type FigureCandidate = z.infer<typeof FigureCandidate>;

interface Word {
  text: string;
  /** normalizeKey of the word (Arabic letter forms unified, digits ASCII, lower case, no punctuation). */
  key: string;
  start: number;
  end: number;
  wordLike: boolean;
}

/** A set of normalised keys, so "المئة" and "المائة", "أكثر من" and "اكثر من" are one entry each. */
const keys = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(normalizeKey));
const keyed = <T>(table: Readonly<Record<string, T>>): ReadonlyMap<string, T> =>
  new Map(Object.entries(table).map(([k, v]) => [normalizeKey(k), v]));

const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3,
  thousands: 1e3,
  k: 1e3,
  million: 1e6,
  millions: 1e6,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  trillions: 1e12,
  tn: 1e12,
  ألف: 1e3,
  آلاف: 1e3,
  ألفا: 1e3,
  مليون: 1e6,
  ملايين: 1e6,
  مليار: 1e9,
  مليارات: 1e9,
  بليون: 1e9,
  تريليون: 1e12,
  ترليون: 1e12,
  تريليونات: 1e12,
};

/** Currency words and symbols (normalised keys) → ISO 4217. A bare "dollar" is read as USD. */
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: "USD",
  dollars: "USD",
  usd: "USD",
  us: "USD",
  yuan: "CNY",
  renminbi: "CNY",
  rmb: "CNY",
  cny: "CNY",
  euro: "EUR",
  euros: "EUR",
  eur: "EUR",
  pound: "GBP",
  pounds: "GBP",
  sterling: "GBP",
  gbp: "GBP",
  yen: "JPY",
  jpy: "JPY",
  riyal: "SAR",
  riyals: "SAR",
  sar: "SAR",
  dirham: "AED",
  dirhams: "AED",
  aed: "AED",
  rupee: "INR",
  rupees: "INR",
  inr: "INR",
  دولار: "USD",
  دولارات: "USD",
  يوان: "CNY",
  رنمينبي: "CNY",
  يورو: "EUR",
  جنيه: "GBP",
  إسترليني: "GBP",
  ين: "JPY",
  ريال: "SAR",
  ريالات: "SAR",
  درهم: "AED",
  دراهم: "AED",
  روبية: "INR",
};
const SCALES = keyed(SCALE_WORDS);
const CURRENCIES = keyed(CURRENCY_WORDS);
const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { $: "USD", "€": "EUR", "£": "GBP" };

const PERCENT_SIGNS = new Set(["%", "٪"]);
const PERCENT_WORDS = keys(["percent", "pct", "بالمئة", "بالمائة", "المئة", "المائة", "بالمية", "مئوية"]);
/** Words that hedge the figure that follows: "about", "up to", "نحو", "حوالي", … */
const HEDGES = keys([
  "about",
  "around",
  "roughly",
  "approximately",
  "nearly",
  "almost",
  "some",
  "estimated",
  "over",
  "up to",
  "as much as",
  "more than",
  "less than",
  "نحو",
  "حوالي",
  "قرابه",
  "تقريبا",
  "زهاء",
  "يقارب",
  "تقدر",
  "يصل إلى",
  "تصل إلى",
  "ما يصل إلى",
  "ما يقرب من",
  "أكثر من",
  "أقل من",
]);
const RANGE_JOINERS = keys(["and", "to", "و", "إلى"]);
const RANGE_DASHES = new Set(["-", "–", "—", "‒"]);
const RANGE_OPENERS = keys(["between", "from", "بين", "ما بين", "من"]);
const ORDINAL_QUARTER_WORDS: Readonly<Record<string, string>> = {
  first: "Q1",
  second: "Q2",
  third: "Q3",
  fourth: "Q4",
  last: "Q4",
  final: "Q4",
  الأول: "Q1",
  الثاني: "Q2",
  الثالث: "Q3",
  الرابع: "Q4",
  الأخير: "Q4",
};
const ORDINAL_QUARTERS = keyed(ORDINAL_QUARTER_WORDS);
/** One-letter Arabic proclitics written onto a number: "و700" (and 700), "ب48" (by 48). */
const PROCLITICS = /^[وبلف]/;

function wordsOf(text: string, language: string): Word[] {
  const words: Word[] = [];
  for (const s of new Intl.Segmenter(language, { granularity: "word" }).segment(text)) {
    if (s.segment.trim() === "") continue;
    words.push({
      text: s.segment,
      key: normalizeKey(s.segment),
      start: s.index,
      end: s.index + s.segment.length,
      wordLike: s.isWordLike === true,
    });
  }
  return words;
}

/** The number a word writes ("36.6", "١٬٠٠٠", "٣٦٫٦", "و700", "5bn"), with any scale suffix, or undefined. */
export function readNumber(word: string): { value: number; scale: number; decimals: boolean } | undefined {
  let w = word
    .normalize("NFC")
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066B/g, ".")
    .replace(/\u066C/g, ",");
  if (PROCLITICS.test(w) && /\d/.test(w.charAt(1))) w = w.slice(1);
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([a-z]*)$/i.exec(w);
  if (!m) return undefined;
  const suffix = (m[3] ?? "").toLowerCase();
  const scale = suffix === "" ? 1 : SCALES.get(suffix);
  if (scale === undefined) return undefined;
  const value = Number(`${(m[1] ?? "").replaceAll(",", "")}${m[2] ? `.${m[2]}` : ""}`);
  return Number.isFinite(value) ? { value, scale, decimals: m[2] !== undefined } : undefined;
}

/** A whole-unit amount: 36.6 × 1e9 = 36600000000 exactly (rounded to the nearest unit when scaled). */
const scaled = (value: number, scale: number): number => (scale === 1 ? value : Math.round(value * scale));

/** Keys of up to three words starting at i, joined: to read "up to", "ما يصل إلى", "per cent". */
function phraseAt(words: readonly Word[], i: number, n: number): string {
  return words
    .slice(i, i + n)
    .map((w) => w.key)
    .join("");
}

const isYear = (value: number, decimals: boolean, raw: string): boolean =>
  !decimals && !raw.includes(",") && value >= 1900 && value <= 2100;

/** A year, quarter or half at word i: "2025", "2025-Q4", "Q4 2024", "first half of 2026", "الربع الأخير من 2024". */
function periodAt(words: readonly Word[], i: number): { period: Period; first: number; last: number } | undefined {
  const w = words[i];
  const n = w ? readNumber(w.text) : undefined;
  if (!w || !n || n.scale !== 1 || !isYear(n.value, n.decimals, w.text)) return undefined;
  const year = String(n.value);
  let first = i;
  let last = i;
  let start = year;
  // 2025-Q4, 2025 Q4
  const q = words[i + 1]?.key === "" ? words[i + 2] : words[i + 1];
  if (q && /^q[1-4]$|^h[12]$/.test(q.key)) {
    start = `${year}-${q.key.toUpperCase()}`;
    last = words.indexOf(q);
  }
  // Q4 2024, H1 2026
  const before = words[i - 1];
  if (before && /^q[1-4]$|^h[12]$/.test(before.key)) {
    start = `${year}-${before.key.toUpperCase()}`;
    first = i - 1;
  }
  // "fourth quarter of 2024", "first half of 2026", "الربع الأخير من 2024", "النصف الأول من 2026"
  const of = words[i - 1];
  if (of && (of.key === "of" || of.key === "من" || of.key === "in")) {
    // English: ordinal, unit, "of" ("fourth quarter of"); Arabic: unit, ordinal, "من" ("الربع الأخير من").
    const unit = words[i - 2];
    const ordinalBefore = words[i - 3];
    const enOrdinal = ordinalBefore ? ORDINAL_QUARTERS.get(ordinalBefore.key) : undefined;
    if (unit && (unit.key === "quarter" || unit.key === "half") && enOrdinal) {
      start = unit.key === "quarter" ? `${year}-${enOrdinal}` : `${year}-${enOrdinal === "Q1" ? "H1" : "H2"}`;
      first = i - 3;
    }
    const arUnit = words[i - 3];
    const arOrdinal = unit ? ORDINAL_QUARTERS.get(unit.key) : undefined;
    if (arUnit && unit && arOrdinal && (arUnit.key === "الربع" || arUnit.key === "النصف")) {
      start = arUnit.key === "الربع" ? `${year}-${arOrdinal}` : `${year}-${arOrdinal === "Q1" ? "H1" : "H2"}`;
      first = i - 3;
    }
  }
  return { period: { start }, first, last };
}

interface Amount {
  value: number;
  scale: number;
  /** Index of the number's word. */
  at: number;
}

/**
 * Every candidate figure in `text`: amounts ("36.6 billion yuan", "$5bn", "٣٨٠ مليار يوان"), ranges ("between 600
 * and 700 billion yuan", "ما بين 600 و700 مليار يوان", "84–98"), percentages ("48%", "٤٨٪", "20 percent",
 * "بالمئة"), scaled counts ("1.4 billion people") and dates ("2025", "Q4 2024", "الربع الأخير من 2024"). Hedges
 * ("about", "up to", "نحو", "حوالي", "ما يصل إلى") make a figure approximate. A figure takes the period named in
 * its sentence. `language` (BCP 47) picks the word-break rules; Arabic and Western digits are read in either.
 * Spans are UTF-16 offsets into `text`, in text order, never overlapping.
 */
export function parseFigures(text: string, language = "en"): FigureCandidate[] {
  const words = wordsOf(text, language);
  const out: FigureCandidate[] = [];
  const used = new Set<number>();
  const sentenceOf = sentenceIndex(text, language);

  for (let i = 0; i < words.length; i++) {
    if (used.has(i)) continue;
    const w = words[i] as Word;
    const n = readNumber(w.text);
    if (!n) continue;
    let first = i;
    let last = i;
    let currency: string | undefined;
    const sym = words[i - 1];
    if (sym && sym.text in CURRENCY_SYMBOLS) {
      currency = CURRENCY_SYMBOLS[sym.text];
      first = i - 1;
    }
    const amounts: Amount[] = [{ value: n.value, scale: n.scale, at: i }];
    // A range: "600 and 700", "84 to 98", "84–98", "600 و700", "84 إلى 98".
    let j = i + 1;
    const joiner = words[j];
    const isJoiner = joiner !== undefined && (RANGE_JOINERS.has(joiner.key) || RANGE_DASHES.has(joiner.text));
    const second = isJoiner ? words[j + 1] : undefined;
    const attached = /^و\d|^و[\u0660-\u0669]/.test(words[j]?.text ?? "") ? words[j] : undefined;
    const secondNumber = second ? readNumber(second.text) : attached ? readNumber(attached.text) : undefined;
    // "and"/"و" joins a range only after "between"/"بين"; "to", "إلى" and dashes always do.
    const opened = [1, 2].some((size) => first - size >= 0 && RANGE_OPENERS.has(phraseAt(words, first - size, size)));
    const andJoin = joiner !== undefined && (joiner.key === "and" || joiner.key === "و");
    const ranged = secondNumber !== undefined && (opened || (isJoiner && !andJoin) || attached !== undefined);
    if (ranged && secondNumber) {
      const at = attached ? j : j + 1;
      amounts.push({ value: secondNumber.value, scale: secondNumber.scale, at });
      j = at + 1;
    }
    last = amounts[amounts.length - 1]?.at ?? i;
    // Scale word, currency word or code, percent sign or word after the (last) number.
    let scale = 1;
    const scaleWord = words[j];
    if (scaleWord && scaleWord.key.length > 1 && SCALES.has(scaleWord.key)) {
      scale = SCALES.get(scaleWord.key) ?? 1;
      last = j;
      j++;
    }
    let unit: "currency" | "percent" | "count" | undefined;
    const after = words[j];
    if (after && PERCENT_SIGNS.has(after.text)) {
      unit = "percent";
      last = j;
    } else if (after && PERCENT_WORDS.has(after.key)) {
      unit = "percent";
      last = j;
    } else if (
      after &&
      (after.key === "per" || after.key === "في") &&
      (PERCENT_WORDS.has(words[j + 1]?.key ?? "") || words[j + 1]?.key === "cent")
    ) {
      unit = "percent";
      last = j + 1;
    } else if (after && CURRENCIES.has(after.key)) {
      currency = CURRENCIES.get(after.key);
      last = j;
      // "جنيه إسترليني", "US dollars"
      if (after.key === "us" && CURRENCIES.get(words[j + 1]?.key ?? "") === "USD") last = j + 1;
      else if (after.key === "جنيه" && words[j + 1]?.key === "استرليني") last = j + 1;
    }
    if (currency !== undefined) unit = "currency";
    const scales = amounts.map((a) => (a.scale !== 1 ? a.scale : scale));
    const anyScale = scales.some((s) => s !== 1);
    if (unit === undefined && anyScale) unit = "count";
    // A lone year is a date, not an amount.
    if (unit === undefined) {
      const period = periodAt(words, i);
      if (period) {
        // "2024–2030", "2024 to 2030", "بين 2024 و2030": a period with an end.
        const join = words[period.last + 1];
        const attachedYear = join && /^و\d/.test(join.text) ? join : undefined;
        const endWord =
          attachedYear ??
          (join && (RANGE_JOINERS.has(join.key) || RANGE_DASHES.has(join.text)) ? words[period.last + 2] : undefined);
        const endYear = endWord ? readNumber(endWord.text) : undefined;
        if (endWord && endYear && endYear.scale === 1 && isYear(endYear.value, endYear.decimals, endWord.text)) {
          const at = words.indexOf(endWord);
          const end = periodAt(words, at);
          if (end && end.period.start > period.period.start) {
            period.period = { start: period.period.start, end: end.period.start };
            period.last = end.last;
          }
        }
        for (let k = period.first; k <= period.last; k++) used.add(k);
        const s = words[period.first] as Word;
        const e = words[period.last] as Word;
        out.push({
          start: s.start,
          end: e.end,
          quote: text.slice(s.start, e.end),
          kind: "date",
          period: period.period,
        });
      }
      continue;
    }
    // Hedges before the figure: "about", "up to", "نحو", "ما يصل إلى".
    let approximate = false;
    for (const size of [3, 2, 1]) {
      const from = first - size;
      if (from < 0) continue;
      const phrase = phraseAt(words, from, size);
      // "بنحو" is "ب" + "نحو": a one-letter proclitic on the hedge's first word.
      if (HEDGES.has(phrase) || (PROCLITICS.test(phrase) && HEDGES.has(phrase.slice(1)))) {
        approximate = true;
        break;
      }
    }
    const values = amounts.map((a, k) => scaled(a.value, scales[k] ?? 1));
    const quantity: Quantity =
      values.length === 2
        ? {
            min: Math.min(values[0] as number, values[1] as number),
            max: Math.max(values[0] as number, values[1] as number),
            unit,
            ...(currency ? { currency } : {}),
            approximate,
          }
        : { value: values[0] as number, unit, ...(currency ? { currency } : {}), approximate };
    for (let k = first; k <= last; k++) used.add(k);
    const s = words[first] as Word;
    const e = words[last] as Word;
    const kind: FigureKind = unit === "currency" ? "amount" : unit;
    out.push({ start: s.start, end: e.end, quote: text.slice(s.start, e.end), kind, quantity });
  }
  // A figure takes the period named in its own sentence.
  const dates = out.filter((f) => f.kind === "date");
  for (const f of out) {
    if (f.kind === "date") continue;
    const sentence = sentenceOf(f.start);
    const date = dates.find((d) => sentenceOf(d.start) === sentence);
    if (date?.period) f.period = date.period;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Which sentence (by ICU's sentence breaks) an offset falls in. */
function sentenceIndex(text: string, language: string): (offset: number) => number {
  const starts: number[] = [];
  for (const s of new Intl.Segmenter(language, { granularity: "sentence" }).segment(text)) starts.push(s.index);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}
