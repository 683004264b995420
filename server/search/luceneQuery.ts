// Builds a Lucene query for the entity_names fulltext index: each word fuzzy (typos), short words as prefixes.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(word: string): string {
  return word.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * `tencnet holdings` → `tencnet~ holdings~ tencnetholdings~`: Lucene's fuzzy match (up to two edits) on each word
 * and on the normalised key, which the index also holds. Words under 3 characters become prefixes (`ab*`).
 * Returns null when nothing searchable is left.
 */
export function fuzzyLuceneQuery(raw: string, key: string): string | null {
  const words = raw
    .normalize("NFC")
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  const terms = new Set<string>();
  for (const w of [...words, key]) {
    if (w.length === 0) continue;
    const lower = w.toLowerCase();
    terms.add(lower.length < 3 ? `${escapeLucene(lower)}*` : `${escapeLucene(lower)}~`);
  }
  return terms.size === 0 ? null : [...terms].join(" ");
}
