// Which of the given stable ids name a node (entity, claim or source).
UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (e:Entity {id: id}) RETURN e AS n
  UNION
  OPTIONAL MATCH (c:Claim {id: id}) RETURN c AS n
  UNION
  OPTIONAL MATCH (s:Source {id: id}) RETURN s AS n
}
WITH id, n WHERE n IS NOT NULL
RETURN collect(DISTINCT id) AS found
