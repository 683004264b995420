// Workbench: removes one piece of evidence (by key) from a claim and the STATES and ABOUT edges that carry it; a claim
// left without evidence goes, with its edges.
MATCH (c:Claim {id: $id})
WHERE $key IN c.evidenceKeys
CALL (c) {
  MATCH (c)-[r]-()
  WHERE $key IN r.evidenceKeys
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
  RETURN count(*) AS edges
}
WITH c, [i IN range(0, size(c.evidenceKeys) - 1) WHERE c.evidenceKeys[i] <> $key] AS keep
SET c.sourceIds = [i IN keep | c.sourceIds[i]], c.quotes = [i IN keep | c.quotes[i]],
  c.starts = [i IN keep | c.starts[i]], c.ends = [i IN keep | c.ends[i]], c.glosses = [i IN keep | c.glosses[i]],
  c.evidenceKeys = [i IN keep | c.evidenceKeys[i]], c.addedBy = [i IN keep | c.addedBy[i]],
  c.addedAt = [i IN keep | c.addedAt[i]]
WITH c, size(keep) = 0 AS empty
CALL (c, empty) {
  WITH * WHERE empty
  DETACH DELETE c
}
RETURN count(*) AS removed, sum(CASE WHEN empty THEN 1 ELSE 0 END) AS deleted
