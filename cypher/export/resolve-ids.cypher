// The elementIds of nodes named by stable id, and which ids name nothing.
UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (e:Entity {id: id}) RETURN e AS n
  UNION
  OPTIONAL MATCH (c:Claim {id: id}) RETURN c AS n
  UNION
  OPTIONAL MATCH (s:Source {id: id}) RETURN s AS n
}
WITH id, n WHERE n IS NOT NULL
RETURN collect(DISTINCT elementId(n)) AS elementIds, collect(DISTINCT id) AS found
