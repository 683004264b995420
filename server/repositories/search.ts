// Entity candidates from Neo4j (normalised keys and the fulltext index), ranked: exact > prefix > contains > fuzzy.
import type { SearchQuery, SearchResponse } from "@domain/contracts/api";
import { normalizeKey } from "@domain/text/normalize";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { toPlain } from "../neo4j/values";
import { fuzzyLuceneQuery, searchWords } from "../search/luceneQuery";
import { rankCandidates, type SearchCandidate } from "../search/rankSearch";
import { int, orNull } from "./rows";

/** Candidates fetched per search; ranking in JS stays bounded whatever the graph's size. */
export const SEARCH_CANDIDATES = 400;
export const FULLTEXT_CANDIDATES = 100;

export async function searchEntities(db: Db, q: SearchQuery): Promise<SearchResponse> {
  const key = normalizeKey(q.q);
  if (key === "") return { query: q.q, normalized: key, hits: [] };
  const types = orNull(q.types);
  // Candidates whose normalised names contain the key, through the text index on searchText. Only when they are
  // fewer than the hits asked for, also fuzzy matches from the fulltext index (typos anywhere: the whole key, or every
  // word with the last one still being typed) and, for a one-word query, names starting like the key (typos after two
  // characters, as the user types a longer word): those can only rank as fuzzy, below every name containing the key,
  // so with enough of the latter they could never be shown. All bounded, then ranked here. At 1M nodes the former
  // single query read every entity, and the fuzzy query matched thousands of terms: 1.0-1.6 s a search on the bench's
  // graph. A query of several words skips the head tier: its every-word fuzzy query covers what that tier adds there.
  const head = key.slice(0, Math.min(2, key.length));
  const byKey = (await db.read(cypher("read/search-entities"), { key, types, limit: int(SEARCH_CANDIDATES) })).records;
  let rest: typeof byKey = [];
  if (byKey.length < q.limit) {
    const room = SEARCH_CANDIDATES - byKey.length;
    const lucene = fuzzyLuceneQuery(q.q, key);
    const [byHead, byIndex] = await Promise.all([
      head === key || searchWords(q.q).length > 1
        ? Promise.resolve(null)
        : db.read(cypher("read/search-entities-head"), {
            key,
            head,
            lineHead: `\n${head}`,
            types,
            limit: int(room),
          }),
      lucene === null
        ? Promise.resolve(null)
        : db.read(cypher("read/search-fulltext"), { lucene, types, limit: int(FULLTEXT_CANDIDATES) }),
    ]);
    rest = [...(byHead?.records ?? []), ...(byIndex?.records ?? [])];
  }
  const candidates = new Map<string, SearchCandidate>();
  for (const r of [...byKey, ...rest]) {
    const c = toPlain(r.toObject()) as SearchCandidate;
    candidates.set(c.id, c);
  }
  return { query: q.q, normalized: key, hits: rankCandidates(key, [...candidates.values()]).slice(0, q.limit) };
}
