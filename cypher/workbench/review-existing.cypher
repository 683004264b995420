// Workbench (read): what the graph already has of a planned document: entities, claims and edges with their evidence keys.
CALL () {
  UNWIND $entityIds AS id
  MATCH (n:Entity {id: id})
  RETURN collect(n.id) AS entities
}
CALL () {
  UNWIND $claimIds AS id
  MATCH (c:Claim {id: id})
  RETURN collect({id: c.id, keys: c.evidenceKeys}) AS claims
}
CALL () {
  UNWIND $edges AS edge
  MATCH (a {id: edge.from})-[r]->(b {id: edge.to})
  WHERE type(r) = edge.type AND (a:Entity OR a:Source OR a:Claim)
  RETURN collect({from: edge.from, type: edge.type, to: edge.to, keys: r.evidenceKeys}) AS edges
}
OPTIONAL MATCH (s:Source {id: $sourceId})
RETURN entities, claims, edges, s IS NOT NULL AS sourceExists, s.text AS sourceText
