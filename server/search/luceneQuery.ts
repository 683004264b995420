// Builds a Lucene query for the entity_names fulltext index: the whole key fuzzy, or every word fuzzy (typos), the last
// one also as a prefix (still being typed), short words as prefixes. Only the searchText field is asked.

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(word: string): string {
  return word.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** The query's words, lower-cased, split at spaces, punctuation and symbols: the first 8. */
export function searchWords(raw: string): string[] {
  return raw
    .normalize("NFC")
    .split(/[\s\p{P}\p{S}]+/u)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 0)
    .slice(0, 8);
}

/** The field of entity_names that holds every name, alias and normalised key (cypher/schema.cypher). */
const FIELD = "searchText";

/** A word as a Lucene term: fuzzy (up to two edits), or a prefix when under 3 characters; the last word both. */
function wordTerm(lower: string, last: boolean): string {
  const w = escapeLucene(lower);
  if (lower.length < 3) return `${w}*`;
  return last ? `(${w}~ ${w}*)` : `${w}~`;
}

/**
 * `Tencnet Holdings` → `searchText:(tencnetholdings~ (+tencnet~ +(holdings~ holdings*)))`: Lucene's fuzzy match (up to
 * two edits) on the normalised key, which searchText also holds, or on every word at once, the last as typed so far.
 * A single word is asked as the key alone. Words under 3 characters become prefixes (`ai*`).
 *
 * Every word is required, rather than any: an OR of fuzzy words scored every entity sharing one common word ("holdings"),
 * 0.1–1.2 s a query on the bench's million nodes, and the server's ranking (rankSearch) keeps only names within two
 * edits of the whole key or of its start, which share every word but for those edits. Only searchText is asked: it
 * holds the name, the Arabic name and the aliases too, and asking three fields expanded every fuzzy term three times.
 * Returns null when nothing searchable is left.
 */
export function fuzzyLuceneQuery(raw: string, key: string): string | null {
  const words = searchWords(raw);
  const whole = key.length === 0 ? null : wordTerm(key.toLowerCase(), false);
  const all = words.length < 2 ? null : `(${words.map((w, i) => `+${wordTerm(w, i === words.length - 1)}`).join(" ")})`;
  const terms = [whole, all].filter((t): t is string => t !== null);
  return terms.length === 0 ? null : `${FIELD}:(${terms.join(" ")})`;
}
