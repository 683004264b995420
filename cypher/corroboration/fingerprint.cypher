// Corroboration: a cheap fingerprint of what the view is computed from: node and relationship counts (count store) and the sources' marks and identities.
CALL () {
  MATCH (s:Source)
  RETURN count(s) AS sources,
    sum(size(coalesce(s.markedSourceIds, []))) AS marks,
    max(reduce(m = '', t IN coalesce(s.markedAt, []) | CASE WHEN t > m THEN t ELSE m END)) AS lastMark,
    count(s.entityId) AS identified
}
CALL () {
  MATCH (c:Claim)
  RETURN count(c) AS claims
}
CALL () {
  MATCH ()-[r]->()
  RETURN count(r) AS relationships
}
RETURN [sources, marks, lastMark, identified, claims, relationships] AS fingerprint
