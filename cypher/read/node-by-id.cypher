// One node by its stable id (entity, claim or source), with its degree.
CALL () {
  MATCH (n:Entity {id: $id}) RETURN n
  UNION
  MATCH (n:Claim {id: $id}) RETURN n
  UNION
  MATCH (n:Source {id: $id}) RETURN n
}
RETURN n, COUNT { (n)--() } AS degree
LIMIT 1
