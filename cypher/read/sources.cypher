// Every source's metadata, text length and how many pieces of evidence point into it.
MATCH (s:Source)
CALL (s) {
  OPTIONAL MATCH ()-[r]->() WHERE s.id IN r.sourceIds
  WITH sum(size([x IN r.sourceIds WHERE x = s.id])) AS onEdges
  OPTIONAL MATCH (c:Claim) WHERE s.id IN c.sourceIds
  RETURN onEdges + sum(size([x IN c.sourceIds WHERE x = s.id])) AS evidenceCount
}
RETURN s {.id, .title, .language, .date, .publisher, .url} AS source, size(s.text) AS length, evidenceCount
ORDER BY s.date DESC, s.id
