// title: Who states what
// description: Every claim with the actor that states it (or the source, for claims it makes in its own voice) and the quotes behind it.
// param: entityId string "Only claims stated by this entity, e.g. person:matty-zhao" (optional) example "person:matty-zhao"
MATCH p = (actor)-[s:STATES]->(c:Claim)
WHERE $entityId IS NULL OR actor.id = $entityId
RETURN
  p,
  coalesce(actor.name, actor.title) AS statedBy,
  c.statement AS statement,
  c.original AS original,
  s.quotes AS quotes,
  s.sourceIds AS sources
ORDER BY statedBy, c.id
