// GET /api/search: candidates from Neo4j by normalised key, ranked here (exact > prefix > contains > fuzzy).
import type { SearchQuery, SearchResponse } from "../domain/api";
import { rankCandidates, type SearchCandidate } from "../graph/rankSearch";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { toPlain } from "../neo4j/values";
import { normalizeKey } from "../text/normalize";
import { int, orNull } from "./rows";

/** Candidates fetched per search; ranking in JS stays bounded whatever the graph's size. */
export const SEARCH_CANDIDATES = 400;

export async function searchEntities(db: Db, q: SearchQuery): Promise<SearchResponse> {
  const key = normalizeKey(q.q);
  if (key === "") return { query: q.q, normalized: key, hits: [] };
  // Typo candidates share the first characters; a one-letter key only finds what starts with it.
  const head = key.slice(0, Math.min(2, key.length));
  const result = await db.read(cypher("read/search-entities"), {
    key,
    head,
    types: orNull(q.types),
    limit: int(SEARCH_CANDIDATES),
  });
  const candidates = result.records.map((r) => toPlain(r.toObject()) as SearchCandidate);
  return { query: q.q, normalized: key, hits: rankCandidates(key, candidates).slice(0, q.limit) };
}
