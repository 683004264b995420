// title: Relationships of one type
// description: Every relationship of one type (e.g. INVESTS_IN, COMPETES_WITH), with its properties, the number of sources behind it and its quotes.
// param: type string "Relationship type in UPPER_SNAKE_CASE, e.g. INVESTS_IN" example "INVESTS_IN"
MATCH p = (a)-[r:$($type)]->(b)
RETURN
  p,
  coalesce(a.name, a.title, a.statement) AS from,
  coalesce(b.name, b.title, b.statement) AS to,
  size(reduce(seen = [], s IN r.sourceIds | CASE WHEN s IN seen THEN seen ELSE seen + s END)) AS sources,
  r.quotes AS quotes
ORDER BY from, to
