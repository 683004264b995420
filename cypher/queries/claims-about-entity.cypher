// title: Claims about an entity
// description: All claims about one entity, with who states them, the English statement, the original wording and every quote with its offsets.
// param: entityId string "The entity, e.g. org:deepseek" example "org:deepseek"
MATCH about = (c:Claim)-[:ABOUT]->(e:Entity {id: $entityId})
RETURN
  about,
  COLLECT { MATCH stated = (actor)-[:STATES]->(c) RETURN stated } AS statedBy,
  COLLECT { MATCH (actor)-[:STATES]->(c) RETURN coalesce(actor.name, actor.title) } AS statedByNames,
  c.statement AS statement,
  c.original AS original,
  c.quotes AS quotes,
  c.starts AS starts,
  c.ends AS ends,
  c.sourceIds AS sources
ORDER BY c.kind, c.id
