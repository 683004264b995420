// Workbench: removes a whole source: its evidence from every edge and claim (those left without evidence go), the
// :Source node, its id from entities, and entities that no source names any more and nothing connects to.
CALL () {
  MATCH (a)-[r]->(b)
  WHERE $sourceId IN r.sourceIds
  WITH a, b, r, [i IN range(0, size(r.sourceIds) - 1) WHERE r.sourceIds[i] <> $sourceId] AS keep
  SET r.sourceIds = [i IN keep | r.sourceIds[i]], r.quotes = [i IN keep | r.quotes[i]],
    r.starts = [i IN keep | r.starts[i]], r.ends = [i IN keep | r.ends[i]], r.glosses = [i IN keep | r.glosses[i]],
    r.evidenceKeys = [i IN keep | r.evidenceKeys[i]], r.addedBy = [i IN keep | r.addedBy[i]],
    r.addedAt = [i IN keep | r.addedAt[i]]
  WITH a, b, r, size(keep) = 0 AS empty
  WITH collect(CASE WHEN empty THEN [a.id, type(r), b.id] END) AS gone, collect(CASE WHEN empty THEN r END) AS drop
  FOREACH (r IN drop | DELETE r)
  RETURN gone AS edgesRemoved
}
CALL () {
  MATCH (c:Claim)
  WHERE $sourceId IN c.sourceIds
  WITH c, [i IN range(0, size(c.sourceIds) - 1) WHERE c.sourceIds[i] <> $sourceId] AS keep
  SET c.sourceIds = [i IN keep | c.sourceIds[i]], c.quotes = [i IN keep | c.quotes[i]],
    c.starts = [i IN keep | c.starts[i]], c.ends = [i IN keep | c.ends[i]], c.glosses = [i IN keep | c.glosses[i]],
    c.evidenceKeys = [i IN keep | c.evidenceKeys[i]], c.addedBy = [i IN keep | c.addedBy[i]],
    c.addedAt = [i IN keep | c.addedAt[i]]
  WITH collect(CASE WHEN size(keep) = 0 THEN c END) AS drop
  WITH drop, [c IN drop | c.id] AS gone
  FOREACH (c IN drop | DETACH DELETE c)
  RETURN gone AS claimsRemoved
}
CALL () {
  OPTIONAL MATCH (s:Source {id: $sourceId})
  WITH s, s IS NOT NULL AS found
  FOREACH (x IN CASE WHEN found THEN [s] ELSE [] END | DETACH DELETE x)
  RETURN found AS sourceRemoved
}
CALL () {
  MATCH (n:Entity)
  WHERE $sourceId IN n.sourceIds
  SET n.sourceIds = [x IN n.sourceIds WHERE x <> $sourceId]
  WITH n WHERE size(n.sourceIds) = 0 AND NOT EXISTS { (n)--() }
  WITH collect(n) AS drop
  WITH drop, [n IN drop | n.id] AS gone
  FOREACH (n IN drop | DELETE n)
  RETURN gone AS entitiesRemoved
}
RETURN edgesRemoved, claimsRemoved, sourceRemoved, entitiesRemoved
