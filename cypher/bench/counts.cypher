// Bench: how many nodes and relationships the graph holds, the marker aside.
CALL () {
  MATCH (n)
  WHERE NOT n:TestDatabaseMarker
  RETURN count(n) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  RETURN count(r) AS relationships
}
RETURN nodes, relationships
