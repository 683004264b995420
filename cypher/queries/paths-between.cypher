// title: Paths between two entities
// description: The shortest chains of relationships, in either direction and through claims, that link two entities (up to 6 steps, not through sources), with the quote behind every step.
// param: fromId string "One entity, e.g. org:deepseek" example "org:deepseek"
// param: toId string "The other entity, e.g. org:alibaba" example "org:alibaba"
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE none(n IN nodes(p) WHERE n:Source)
RETURN
  p,
  length(p) AS steps,
  [n IN nodes(p) | coalesce(n.name, n.statement)] AS via,
  [r IN relationships(p) | type(r)] AS types,
  [r IN relationships(p) | r.quotes[0]] AS quotes
ORDER BY steps
LIMIT 50
