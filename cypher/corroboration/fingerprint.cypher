// Corroboration: a cheap fingerprint of what the view is computed from (sources, marks, figure claims, decisions), to know when to compute it again.
CALL () {
  MATCH (s:Source)
  RETURN count(s) AS sources,
    sum(size(coalesce(s.markedSourceIds, []))) AS marks,
    max(reduce(m = '', t IN coalesce(s.markedAt, []) | CASE WHEN t > m THEN t ELSE m END)) AS lastMark,
    count(s.entityId) AS identified
}
CALL () {
  MATCH (c:Claim {kind: 'figure'})
  RETURN count(c) AS claims,
    sum(size(coalesce(c.evidenceKeys, []))) AS evidence,
    count(c.subject) AS subjects,
    count(c.measure) AS measures,
    count(c.groupDecision) AS decisions,
    max(c.groupDecisionAt) AS lastDecision
}
RETURN [sources, marks, lastMark, identified, claims, evidence, subjects, measures, decisions, lastDecision] AS fingerprint
