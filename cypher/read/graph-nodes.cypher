// Nodes of the overview graph, filtered by entity type, relation type, source and claim period; most connected first.
MATCH (n)
WHERE (
    (n:Entity AND ($entityTypes IS NULL OR n.type IN $entityTypes)
      AND ($sourceIds IS NULL OR any(s IN coalesce(n.sourceIds, []) WHERE s IN $sourceIds)))
    OR (n:Claim AND $claims
      AND ($sourceIds IS NULL OR any(s IN coalesce(n.sourceIds, []) WHERE s IN $sourceIds))
      AND ($from IS NULL OR coalesce(n.periodEnd, n.periodStart) >= $from)
      AND ($to IS NULL OR n.periodStart <= $to OR n.periodStart STARTS WITH $to))
    OR (n:Source AND $sources AND ($sourceIds IS NULL OR n.id IN $sourceIds))
  )
  AND ($relationTypes IS NULL OR EXISTS { (n)-[r]-() WHERE type(r) IN $relationTypes })
// The degree stored at ingest; counted only on a node written by something else (a hand-made test node).
WITH n, coalesce(n.degree, COUNT { (n)--() }) AS degree
ORDER BY degree DESC, n.id
LIMIT $limit
// The plain shape the graph mappers read ({elementId, labels, properties}), without what no answer shows: a source's
// full text and translation, and the ingest's lookup keys. Bolt carries far less, and the mapper copies less.
RETURN {
  elementId: elementId(n),
  labels: labels(n),
  properties: n {.*, text: null, translationTexts: null, translationOriginals: null, searchText: null,
    searchKeys: null, evidenceKeys: null, degree: null}
} AS n
