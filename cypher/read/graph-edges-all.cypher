// Every edge the overview filter matches, both ends included (used when no node was cut), up to $limit.
MATCH (a)-[r]->(b)
WHERE ($relationTypes IS NULL OR type(r) IN $relationTypes)
  AND ($sourceIds IS NULL OR any(s IN coalesce(r.sourceIds, []) WHERE s IN $sourceIds))
  AND all(n IN [a, b] WHERE
    (n:Entity AND ($entityTypes IS NULL OR n.type IN $entityTypes)
      AND ($sourceIds IS NULL OR any(s IN coalesce(n.sourceIds, []) WHERE s IN $sourceIds)))
    OR (n:Claim AND $claims
      AND ($sourceIds IS NULL OR any(s IN coalesce(n.sourceIds, []) WHERE s IN $sourceIds))
      AND ($from IS NULL OR coalesce(n.periodEnd, n.periodStart) >= $from)
      AND ($to IS NULL OR n.periodStart <= $to OR n.periodStart STARTS WITH $to))
    OR (n:Source AND $sources AND ($sourceIds IS NULL OR n.id IN $sourceIds)))
RETURN r
LIMIT $limit
