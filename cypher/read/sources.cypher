// Every source's metadata, text length and how many pieces of evidence point into it (on edges and on claims).
// One pass over the evidence lists, grouped by source id, instead of one scan of every relationship per source.
CALL () {
  MATCH ()-[r]->()
  UNWIND coalesce(r.sourceIds, []) AS id
  RETURN id
  UNION ALL
  MATCH (c:Claim)
  UNWIND coalesce(c.sourceIds, []) AS id
  RETURN id
}
WITH id, count(*) AS n
WITH collect({id: id, n: n}) AS counts
MATCH (s:Source)
WITH s, [c IN counts WHERE c.id = s.id | c.n][0] AS n
RETURN s {.id, .title, .language, .date, .publisher, .url} AS source, size(s.text) AS length,
  coalesce(n, 0) AS evidenceCount
ORDER BY s.date DESC, s.id
