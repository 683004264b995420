// title: Single-source claims
// description: Claims whose evidence comes from one source document only, the ones to corroborate first, with who states them, the lone source and its quotes.
MATCH (c:Claim)
WITH c, reduce(seen = [], s IN c.sourceIds | CASE WHEN s IN seen THEN seen ELSE seen + s END) AS sources
WHERE size(sources) = 1
MATCH (src:Source {id: sources[0]})
RETURN
  c,
  COLLECT { MATCH p = (actor)-[:STATES]->(c) RETURN p } AS statedBy,
  src.id AS sourceId,
  src.title AS source,
  c.statement AS statement,
  c.quotes AS quotes,
  size(c.quotes) AS quoteCount
ORDER BY quoteCount, c.id
