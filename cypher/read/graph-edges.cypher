// Edges between the given nodes (by elementId), filtered by relation type and source, up to $limit.
MATCH (a)-[r]->(b)
WHERE elementId(a) IN $elementIds AND elementId(b) IN $elementIds
  AND ($relationTypes IS NULL OR type(r) IN $relationTypes)
  AND ($sourceIds IS NULL OR any(s IN coalesce(r.sourceIds, []) WHERE s IN $sourceIds))
RETURN r
LIMIT $limit
