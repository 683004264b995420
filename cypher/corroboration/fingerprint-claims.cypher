// Corroboration: the slower part of the fingerprint, read every 30 s: figure claims' evidence, subjects, measures and grouping decisions.
MATCH (c:Claim {kind: 'figure'})
RETURN [
  count(c),
  sum(size(coalesce(c.evidenceKeys, []))),
  count(c.subject),
  count(c.measure),
  count(c.groupDecision),
  max(c.groupDecisionAt)
] AS fingerprint
