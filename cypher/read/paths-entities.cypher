// Up to $k shortest paths between two entities through entity relations only (no claims, no sources), either direction.
MATCH p = SHORTEST 10 (a:Entity {id: $from})
  ((x)-[r]-(y) WHERE y:Entity AND NOT type(r) IN ["STATES", "ABOUT"]){1,8}
  (b:Entity {id: $to})
WHERE length(p) <= $maxLength
RETURN nodes(p) AS nodes, relationships(p) AS relationships
ORDER BY length(p)
LIMIT $k
