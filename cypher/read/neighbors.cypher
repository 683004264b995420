// One page of a node's neighbours, filtered by relation type and direction, with totals and counts by type.
CALL () {
  MATCH (n:Entity {id: $id}) RETURN n
  UNION
  MATCH (n:Claim {id: $id}) RETURN n
  UNION
  MATCH (n:Source {id: $id}) RETURN n
}
CALL (n) {
  MATCH (n)-[r]-()
  WITH type(r) AS type, count(r) AS count
  RETURN collect([type, count]) AS countsByType
}
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE ($relationTypes IS NULL OR type(r) IN $relationTypes)
    AND ($direction = "both" OR ($direction = "out") = (startNode(r) = n))
  RETURN count(r) AS total
}
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE ($relationTypes IS NULL OR type(r) IN $relationTypes)
    AND ($direction = "both" OR ($direction = "out") = (startNode(r) = n))
  WITH r, m, COUNT { (m)--() } AS degree
  ORDER BY degree DESC, m.id, type(r)
  SKIP $offset
  LIMIT $limit
  RETURN collect(r) AS relationships, collect(m) AS neighbors
}
RETURN n, total, relationships, neighbors, countsByType
