// Overview: the relationships the overview's stream sends among the shown nodes (by elementId), by type: the same
// match as read/graph-edges, capped at the same $limit (the overview's nodes × EDGES_PER_NODE).
CALL (*) {
  MATCH (a)-[r]->(b)
  WHERE elementId(a) IN $elementIds AND elementId(b) IN $elementIds
  RETURN r
  LIMIT $limit
}
RETURN type(r) AS type, count(*) AS count
