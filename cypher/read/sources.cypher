// Every source's metadata, text length and how many pieces of evidence point into it (on edges and on claims).
MATCH (s:Source)
CALL (s) {
  OPTIONAL MATCH ()-[r]->() WHERE s.id IN r.sourceIds
  RETURN sum(size([x IN r.sourceIds WHERE x = s.id])) AS onEdges
}
CALL (s) {
  OPTIONAL MATCH (c:Claim) WHERE s.id IN c.sourceIds
  RETURN sum(size([x IN c.sourceIds WHERE x = s.id])) AS onClaims
}
RETURN s {.id, .title, .language, .date, .publisher, .url} AS source, size(s.text) AS length,
  onEdges + onClaims AS evidenceCount
ORDER BY s.date DESC, s.id
