// Degree: stores on each node named (entities, claims, sources by id) the count of its relationships, all types, both directions, where it moved.
CALL () {
  UNWIND $entityIds AS id
  MATCH (n:Entity {id: id})
  RETURN n
  UNION
  UNWIND $claimIds AS id
  MATCH (n:Claim {id: id})
  RETURN n
  UNION
  UNWIND $sourceIds AS id
  MATCH (n:Source {id: id})
  RETURN n
}
WITH n, COUNT { (n)--() } AS degree
WHERE n.degree IS NULL OR n.degree <> degree
SET n.degree = degree
RETURN count(*) AS written
