// Ingest: creates each document's :Source once; an existing source keeps its properties (its text never changes).
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
ON CREATE
  SET s += row.properties,
    s.translationStarts = [x IN row.properties.translationStarts | toInteger(x)],
    s.translationEnds = [x IN row.properties.translationEnds | toInteger(x)]
RETURN count(*) AS written
