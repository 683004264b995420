// title: Spending figures, ranked
// description: Money figures (spending, investment, capex) from largest to smallest within each currency, with who states them, what they are about and the quote. Upper bounds rank ranges.
// param: currency string "Only this ISO 4217 currency, e.g. CNY or USD" (optional) example "CNY"
MATCH (c:Claim {kind: 'figure', unit: 'currency'})
WHERE $currency IS NULL OR c.currency = $currency
WITH c, coalesce(c.max, c.value) AS amount
ORDER BY c.currency, amount DESC, c.id
WITH c.currency AS currency, collect(c) AS claims
UNWIND range(0, size(claims) - 1) AS i
WITH currency, i + 1 AS rank, claims[i] AS c
RETURN
  rank,
  currency,
  coalesce(c.max, c.value) AS amount,
  c.min AS min,
  c.max AS max,
  c.approximate AS approximate,
  c.periodStart AS periodStart,
  c.periodEnd AS periodEnd,
  c.statement AS statement,
  COLLECT { MATCH (actor)-[:STATES]->(c) RETURN coalesce(actor.name, actor.title) } AS statedBy,
  c.quotes AS quotes,
  COLLECT { MATCH p = (actor)-[:STATES]->(c) RETURN p } + COLLECT { MATCH p = (c)-[:ABOUT]->(:Entity) RETURN p } AS graph
ORDER BY currency, rank
