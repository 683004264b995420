// Workbench: removes one piece of evidence (by key) from an edge's parallel lists; an edge left without evidence goes.
MATCH (a {id: $from})-[r]->(b {id: $to})
WHERE type(r) = $type AND $key IN r.evidenceKeys
WITH r, [i IN range(0, size(r.evidenceKeys) - 1) WHERE r.evidenceKeys[i] <> $key] AS keep
SET r.sourceIds = [i IN keep | r.sourceIds[i]], r.quotes = [i IN keep | r.quotes[i]],
  r.starts = [i IN keep | r.starts[i]], r.ends = [i IN keep | r.ends[i]], r.glosses = [i IN keep | r.glosses[i]],
  r.evidenceKeys = [i IN keep | r.evidenceKeys[i]], r.addedBy = [i IN keep | r.addedBy[i]],
  r.addedAt = [i IN keep | r.addedAt[i]]
WITH r, size(keep) = 0 AS empty
CALL (r, empty) {
  WITH * WHERE empty
  DELETE r
}
RETURN count(*) AS removed, sum(CASE WHEN empty THEN 1 ELSE 0 END) AS deleted
