// Entity candidates from Neo4j (normalised keys and the fulltext index), ranked: exact > prefix > contains > fuzzy.
import type { SearchQuery, SearchResponse } from "@domain/contracts/api";
import { normalizeKey } from "@domain/text/normalize";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { toPlain } from "../neo4j/values";
import { fuzzyLuceneQuery } from "../search/luceneQuery";
import { rankCandidates, type SearchCandidate } from "../search/rankSearch";
import { int, orNull } from "./rows";

/** Candidates fetched per search; ranking in JS stays bounded whatever the graph's size. */
export const SEARCH_CANDIDATES = 400;
export const FULLTEXT_CANDIDATES = 100;

export async function searchEntities(db: Db, q: SearchQuery): Promise<SearchResponse> {
  const key = normalizeKey(q.q);
  if (key === "") return { query: q.q, normalized: key, hits: [] };
  const types = orNull(q.types);
  // Candidates whose normalised names contain the key (or start like it), plus fuzzy matches from the fulltext
  // index for typos anywhere; both bounded, then ranked here.
  const head = key.slice(0, Math.min(2, key.length));
  const lucene = fuzzyLuceneQuery(q.q, key);
  const [byKey, byIndex] = await Promise.all([
    db.read(cypher("read/search-entities"), { key, head, types, limit: int(SEARCH_CANDIDATES) }),
    lucene === null
      ? Promise.resolve(null)
      : db.read(cypher("read/search-fulltext"), { lucene, types, limit: int(FULLTEXT_CANDIDATES) }),
  ]);
  const candidates = new Map<string, SearchCandidate>();
  for (const r of [...byKey.records, ...(byIndex?.records ?? [])]) {
    const c = toPlain(r.toObject()) as SearchCandidate;
    candidates.set(c.id, c);
  }
  return { query: q.q, normalized: key, hits: rankCandidates(key, [...candidates.values()]).slice(0, q.limit) };
}
