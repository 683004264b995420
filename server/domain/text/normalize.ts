// Text normalisation for matching names across spellings: Arabic letter variants, diacritics, case and spacing.

/** Arabic harakat, Quranic marks and the superscript alef: dropped, since writers use them inconsistently. */
const ARABIC_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const TATWEEL = /\u0640/g;
/** Combining marks left after NFD on Latin letters (é → e + U+0301). */
const LATIN_COMBINING_MARKS = /[\u0300-\u036F]/g;
/** Spaces, punctuation and symbols: "الولاياتالمتحدة" must equal "الولايات المتحدة", and "DeepSeek-V3" "DeepSeek V3". */
const SEPARATORS = /[\p{Z}\p{P}\p{S}\s]/gu;

const LETTER_MAP: Readonly<Record<string, string>> = {
  "\u0623": "\u0627", // أ → ا
  "\u0625": "\u0627", // إ → ا
  "\u0622": "\u0627", // آ → ا
  "\u0671": "\u0627", // ٱ → ا
  "\u0629": "\u0647", // ة → ه
  "\u0649": "\u064A", // ى → ي
};
const LETTERS = new RegExp(`[${Object.keys(LETTER_MAP).join("")}]`, "g");

/** Arabic-Indic and Eastern Arabic-Indic digits become ASCII digits. */
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const toAsciiDigit = (d: string): string => String((d.codePointAt(0) ?? 0) - (d >= "\u06F0" ? 0x06f0 : 0x0660));

/**
 * The matching key of a name: NFC, Latin case-folded and stripped of accents, Arabic stripped of tatweel and
 * diacritics with alef forms, taa marbuta and alef maqsura unified, digits made ASCII, then every space,
 * punctuation mark and symbol removed. Two names match when their keys are equal.
 */
export function normalizeKey(text: string): string {
  return text
    .normalize("NFC")
    .replace(ARABIC_DIACRITICS, "")
    .replace(TATWEEL, "")
    .replace(LETTERS, (c) => LETTER_MAP[c] ?? c)
    .replace(ARABIC_DIGITS, toAsciiDigit)
    .normalize("NFD")
    .replace(LATIN_COMBINING_MARKS, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(SEPARATORS, "");
}

/** The distinct, non-empty keys of a list of names, in first-seen order. */
export function searchKeysOf(names: ReadonlyArray<string | undefined>): string[] {
  const keys: string[] = [];
  for (const name of names) {
    if (name === undefined) continue;
    const key = normalizeKey(name);
    if (key.length > 0 && !keys.includes(key)) keys.push(key);
  }
  return keys;
}
