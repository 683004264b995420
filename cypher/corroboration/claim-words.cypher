// Corroboration: the words behind the claims of the groups shown: statement, original, evidence lists and who states each.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN c.id AS id,
  c.statement AS statement,
  c.original AS original,
  coalesce(c.sourceIds, []) AS sourceIds,
  coalesce(c.quotes, []) AS quotes,
  coalesce(c.starts, []) AS starts,
  coalesce(c.ends, []) AS ends,
  coalesce(c.glosses, []) AS glosses,
  COLLECT { MATCH (e:Entity)-[:STATES]->(c) RETURN {id: e.id, label: coalesce(e.name, e.id)} ORDER BY e.id } AS statedBy
