// Ingest: adds the source to the sourceIds of every entity a document defines or refers to, once.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  WITH * WHERE NOT $sourceId IN n.sourceIds
  SET n.sourceIds = n.sourceIds + $sourceId
}
RETURN count(*) AS written
