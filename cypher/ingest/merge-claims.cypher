// Ingest: merges claims on id (the first document's fields win, a later one fills a missing subject or measure) and appends evidence not yet on the claim.
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
ON CREATE
  SET c += row.properties,
    c.sourceIds = [], c.quotes = [], c.starts = [], c.ends = [], c.glosses = [], c.evidenceKeys = [],
    c.addedBy = [], c.addedAt = []
WITH c, row
CALL (c, row) {
  WITH * WHERE c.subject IS NULL AND row.properties.subject IS NOT NULL
  SET c.subject = row.properties.subject
}
CALL (c, row) {
  WITH * WHERE c.measure IS NULL AND row.properties.measure IS NOT NULL
  SET c.measure = row.properties.measure
}
WITH c, [e IN row.evidence WHERE NOT e.key IN c.evidenceKeys] AS fresh
CALL (c, fresh) {
  WITH * WHERE size(fresh) > 0
  SET c.sourceIds = c.sourceIds + [e IN fresh | e.sourceId],
    c.quotes = c.quotes + [e IN fresh | e.quote],
    c.starts = c.starts + [e IN fresh | toInteger(e.start)],
    c.ends = c.ends + [e IN fresh | toInteger(e.end)],
    c.glosses = c.glosses + [e IN fresh | e.gloss],
    c.evidenceKeys = c.evidenceKeys + [e IN fresh | e.key],
    c.addedBy = c.addedBy + [e IN fresh | e.addedBy],
    c.addedAt = c.addedAt + [e IN fresh | e.addedAt]
}
RETURN count(*) AS written
