// title: Entities discussed together
// description: Pairs of entities that the same claims are about, ranked by how many claims they share, optionally only pairs with one entity.
// param: entityId string "Only pairs with this entity, e.g. org:deepseek" (optional) example "org:deepseek"
MATCH (a:Entity)<-[:ABOUT]-(c:Claim)-[:ABOUT]->(b:Entity)
WHERE a.id < b.id AND ($entityId IS NULL OR $entityId IN [a.id, b.id])
WITH a, b, collect(c) AS claims
RETURN
  a.name AS first,
  b.name AS second,
  size(claims) AS sharedClaims,
  [c IN claims | c.statement] AS statements,
  COLLECT { MATCH p = (a)<-[:ABOUT]-(c:Claim)-[:ABOUT]->(b) RETURN p } AS graph
ORDER BY sharedClaims DESC, first, second
LIMIT 100
