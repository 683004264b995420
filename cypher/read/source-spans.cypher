// Everything that cites a source: edges (with their ends' ids) and claim nodes, with their evidence lists.
MATCH (s:Source {id: $id})
CALL (s) {
  MATCH (a)-[r]->(b) WHERE s.id IN r.sourceIds
  RETURN "edge" AS on, type(r) AS type, coalesce(a.id, elementId(a)) AS source, coalesce(b.id, elementId(b)) AS target,
    properties(r) AS evidence
  UNION ALL
  MATCH (c:Claim) WHERE s.id IN c.sourceIds
  RETURN "claim" AS on, "Claim" AS type, c.id AS source, null AS target,
    c {.sourceIds, .quotes, .starts, .ends, .glosses, .addedBy, .addedAt} AS evidence
}
RETURN on, type, source, target, evidence
