// Corroboration: what claim groups are computed from, per figure claim: subject, measure, quantity, period, sources, decision.
// A claim stored before `subject` was recorded is compared by all it is ABOUT, joined with "+", so it never joins another by chance.
MATCH (c:Claim {kind: 'figure'})
WHERE c.unit IS NOT NULL
WITH c,
  coalesce(
    c.subject,
    reduce(k = '', id IN COLLECT { MATCH (c)-[:ABOUT]->(e:Entity) RETURN e.id ORDER BY e.id } |
      k + CASE k WHEN '' THEN '' ELSE '+' END + id)
  ) AS subject
OPTIONAL MATCH (s:Entity {id: subject})
RETURN c.id AS id,
  subject,
  s.name AS subjectLabel,
  s.nameAr AS subjectLabelAr,
  c.measure AS measure,
  c.unit AS unit,
  c.currency AS currency,
  c.value AS value,
  c.min AS min,
  c.max AS max,
  coalesce(c.approximate, false) AS approximate,
  c.periodStart AS periodStart,
  c.periodEnd AS periodEnd,
  coalesce(c.sourceIds, []) AS sourceIds,
  c.groupDecision AS decision,
  c.groupDecisionBy AS decisionBy,
  c.groupDecisionAt AS decisionAt,
  c.groupDecisionNote AS decisionNote
ORDER BY id
