// Ingest: (:Source)-[:MENTIONS]->(:Entity), a passage of the source naming the entity, with its evidence.
UNWIND $rows AS row
MATCH (s:Source {id: row.from})
MATCH (n:Entity {id: row.to})
MERGE (s)-[r:MENTIONS]->(n)
ON CREATE SET r.sourceIds = [], r.quotes = [], r.starts = [], r.ends = [], r.glosses = [], r.evidenceKeys = [],
  r.addedBy = [], r.addedAt = []
WITH r, [e IN row.evidence WHERE NOT e.key IN r.evidenceKeys] AS fresh
CALL (r, fresh) {
  WITH * WHERE size(fresh) > 0
  SET r.sourceIds = r.sourceIds + [e IN fresh | e.sourceId],
    r.quotes = r.quotes + [e IN fresh | e.quote],
    r.starts = r.starts + [e IN fresh | toInteger(e.start)],
    r.ends = r.ends + [e IN fresh | toInteger(e.end)],
    r.glosses = r.glosses + [e IN fresh | e.gloss],
    r.evidenceKeys = r.evidenceKeys + [e IN fresh | e.key],
    r.addedBy = r.addedBy + [e IN fresh | e.addedBy],
    r.addedAt = r.addedAt + [e IN fresh | e.addedAt]
}
RETURN count(*) AS written
