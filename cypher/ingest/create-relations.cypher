// Ingest: creates annotated relations that cannot exist yet (an endpoint is new in this document), with their evidence.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r += row.properties,
  r.sourceIds = [e IN row.evidence | e.sourceId],
  r.quotes = [e IN row.evidence | e.quote],
  r.starts = [e IN row.evidence | toInteger(e.start)],
  r.ends = [e IN row.evidence | toInteger(e.end)],
  r.glosses = [e IN row.evidence | e.gloss],
  r.evidenceKeys = [e IN row.evidence | e.key],
  r.addedBy = [e IN row.evidence | e.addedBy],
  r.addedAt = [e IN row.evidence | e.addedAt]
RETURN count(*) AS written
