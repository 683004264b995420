// The claims a node states (or, for a source, makes) and the claims about it.
CALL () {
  MATCH (n:Entity {id: $id}) RETURN n
  UNION
  MATCH (n:Claim {id: $id}) RETURN n
  UNION
  MATCH (n:Source {id: $id}) RETURN n
}
CALL (n) {
  MATCH (n)-[:STATES]->(c:Claim) RETURN c, "states" AS role
  UNION
  MATCH (c:Claim)-[:ABOUT]->(n) RETURN c, "about" AS role
}
RETURN c, role
ORDER BY role DESC, c.id
LIMIT $limit
