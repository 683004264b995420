// Text normalisation for matching names across spellings (search, alias linking, mention suggestions): one normaliser.

/**
 * The normaliser's version. Stored search keys were computed by some version of it; when this number changes, the
 * start-up migration (server/bootstrap/migrations.ts) recomputes every entity's `searchKeys` and `searchText`.
 * 1: the first normaliser. 2: invisible format characters (direction marks, zero-width characters, BOM, soft
 * hyphen) removed; Persian yeh and kaf written as Arabic yaa and kaf; applied per character cluster.
 */
export const NORMALIZER_VERSION = 2;

/** Arabic harakat, Quranic marks and the superscript alef: dropped, since writers use them inconsistently. */
const ARABIC_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const TATWEEL = /\u0640/g;
/**
 * Invisible format characters (Unicode category Cf): LRM/RLM U+200E/U+200F, the Arabic letter mark U+061C, the
 * embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069, zero-width space/joiners U+200B–U+200D,
 * the word joiner U+2060, the BOM U+FEFF and the soft hyphen U+00AD. Text copied from web pages carries them.
 */
const FORMAT_CHARACTERS = /\p{Cf}/gu;
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
  "\u06CC": "\u064A", // ی (Persian yeh) → ي
  "\u06A9": "\u0643", // ک (keheh) → ك
};
const LETTERS = new RegExp(`[${Object.keys(LETTER_MAP).join("")}]`, "g");

/** Arabic-Indic and Eastern Arabic-Indic digits become ASCII digits. */
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const toAsciiDigit = (d: string): string => String((d.codePointAt(0) ?? 0) - (d >= "\u06F0" ? 0x06f0 : 0x0660));

/**
 * A character cluster: a code point with the combining marks (and zero-width joiners) that follow it. Normalising
 * cluster by cluster is what lets a match in normalised text be mapped back to exact offsets in the original.
 */
const CLUSTER = /[^\p{M}\u200C\u200D][\p{M}\u200C\u200D]*|[\p{M}\u200C\u200D]+/gsu;

function normalizeCluster(cluster: string): string {
  return cluster
    .normalize("NFC")
    .replace(FORMAT_CHARACTERS, "")
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

/** Plain ASCII letters and digits normalise to their lower case: the common case, without regular expressions. */
function asciiKey(code: number): string | undefined {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return String.fromCharCode(code);
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
  return undefined;
}

/**
 * The matching key of a name: per character cluster, NFC, invisible format characters removed, Latin case-folded
 * and stripped of accents, Arabic stripped of tatweel and diacritics with alef forms, taa marbuta, alef maqsura and
 * Persian yeh/kaf unified, digits made ASCII, then every space, punctuation mark and symbol removed. Two names match
 * when their keys are equal.
 */
export function normalizeKey(text: string): string {
  return normalizeWithOffsets(text).text;
}

/** Normalised text with, for each of its UTF-16 code units, the original cluster it came from. */
export interface NormalizedText {
  /** The normalised text: `normalizeKey` of the whole input. */
  text: string;
  /** `starts[i]`: UTF-16 offset in the original of the cluster that produced code unit i of `text`. */
  starts: Int32Array;
  /** `ends[i]`: the end (exclusive) of that cluster. */
  ends: Int32Array;
}

/**
 * `normalizeKey` of a whole text, keeping the way back: a match `[i, j)` in the normalised text is the original
 * `[starts[i], ends[j - 1])`. Offsets are UTF-16 code units. Linear in the text's length.
 */
export function normalizeWithOffsets(original: string): NormalizedText {
  const starts = new Int32Array(original.length);
  const ends = new Int32Array(original.length);
  let out = "";
  let n = 0;
  const emit = (piece: string, start: number, end: number) => {
    for (let k = 0; k < piece.length; k++) {
      starts[n] = start;
      ends[n] = end;
      n++;
    }
    out += piece;
  };
  let i = 0;
  while (i < original.length) {
    const code = original.charCodeAt(i);
    const next = i + 1 < original.length ? original.charCodeAt(i + 1) : 0;
    // Fast path: an ASCII letter or digit not followed by a combining mark is its own cluster.
    const ascii = asciiKey(code);
    if (ascii !== undefined && (next < 0x300 || next > 0x36f) && next !== 0x200c && next !== 0x200d) {
      emit(ascii, i, i + 1);
      i++;
      continue;
    }
    if (code < 0x80 && next < 0x80) {
      // Any other ASCII character (space, punctuation, symbol) normalises to nothing.
      i++;
      continue;
    }
    CLUSTER.lastIndex = i;
    const match = CLUSTER.exec(original);
    const cluster = match?.index === i ? match[0] : original.charAt(i);
    const piece = normalizeCluster(cluster);
    // NFC may lengthen a cluster (rarely); the arrays grow with it.
    if (n + piece.length > starts.length) return normalizeWithOffsetsSlow(original);
    emit(piece, i, i + cluster.length);
    i += cluster.length;
  }
  return { text: out, starts: starts.slice(0, n), ends: ends.slice(0, n) };
}

/** The same mapping with growable arrays, for the rare text whose normal form is longer than itself. */
function normalizeWithOffsetsSlow(original: string): NormalizedText {
  const starts: number[] = [];
  const ends: number[] = [];
  let out = "";
  for (const match of original.matchAll(CLUSTER)) {
    const piece = normalizeCluster(match[0]);
    for (let k = 0; k < piece.length; k++) {
      starts.push(match.index);
      ends.push(match.index + match[0].length);
    }
    out += piece;
  }
  return { text: out, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
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
