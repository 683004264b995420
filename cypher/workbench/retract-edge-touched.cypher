// Workbench: the nodes whose degree retracting an edge's evidence may change (by elementId): both ends of the edge.
MATCH (a {id: $from})-[r]->(b {id: $to})
WHERE type(r) = $type
RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS elementIds
