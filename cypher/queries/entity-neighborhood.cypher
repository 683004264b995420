// title: An entity's neighborhood
// description: Everything directly linked to one entity (relationships both ways and the claims about or stated by it), with the quotes behind each link.
// param: entityId string "The entity, e.g. org:deepseek" example "org:deepseek"
MATCH p = (e:Entity {id: $entityId})-[r]-(other)
RETURN
  p,
  type(r) AS type,
  startNode(r) = e AS outgoing,
  coalesce(other.name, other.statement, other.title) AS other,
  r.quotes AS quotes,
  r.sourceIds AS sources
ORDER BY type, other
