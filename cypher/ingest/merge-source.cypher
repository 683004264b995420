// Ingest: creates each document's :Source once; an existing source keeps its properties (its text never changes) and only gains a missing entityId.
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
ON CREATE
  SET s += row.properties,
    s.translationStarts = [x IN row.properties.translationStarts | toInteger(x)],
    s.translationEnds = [x IN row.properties.translationEnds | toInteger(x)]
WITH s, row
CALL (s, row) {
  WITH * WHERE s.entityId IS NULL AND row.properties.entityId IS NOT NULL
  SET s.entityId = row.properties.entityId
}
RETURN count(*) AS written
