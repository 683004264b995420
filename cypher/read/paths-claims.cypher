// Up to $k shortest paths between two nodes through entities and claims (who states what, about whom); no sources.
MATCH p = SHORTEST 10 (a {id: $from})
  ((x)-[r]-(y) WHERE y:Entity OR y:Claim){1,8}
  (b {id: $to})
WHERE (a:Entity OR a:Claim) AND (b:Entity OR b:Claim) AND length(p) <= $maxLength
RETURN nodes(p) AS nodes, relationships(p) AS relationships
ORDER BY length(p)
LIMIT $k
