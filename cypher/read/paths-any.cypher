// Up to $k shortest paths between two nodes through any edge, sources included.
MATCH p = SHORTEST 10 (a {id: $from})-[r]-{1,8}(b {id: $to})
WHERE (a:Entity OR a:Claim OR a:Source) AND (b:Entity OR b:Claim OR b:Source) AND length(p) <= $maxLength
RETURN nodes(p) AS nodes, relationships(p) AS relationships
ORDER BY length(p)
LIMIT $k
