// title: Figures over time
// description: Every figure (money, percentages, multipliers) with a period, in time order, optionally only those about one entity.
// param: entityId string "Only figures about this entity, e.g. country:china" (optional) example "country:china"
MATCH (c:Claim {kind: 'figure'})
WHERE c.periodStart IS NOT NULL AND ($entityId IS NULL OR EXISTS { (c)-[:ABOUT]->(:Entity {id: $entityId}) })
RETURN
  c,
  COLLECT { MATCH p = (c)-[:ABOUT]->(:Entity) RETURN p } AS about,
  c.periodStart AS periodStart,
  c.periodEnd AS periodEnd,
  c.value AS value,
  c.min AS min,
  c.max AS max,
  c.unit AS unit,
  c.currency AS currency,
  c.statement AS statement,
  c.quotes[0] AS quote
ORDER BY periodStart, c.id
