// Overview: the $limit most connected nodes, in the order /api/graph sends them (read/graph-nodes, unfiltered).
MATCH (n)
WHERE n:Entity OR n:Claim OR n:Source
WITH n, COUNT { (n)--() } AS degree
ORDER BY degree DESC, n.id
LIMIT $limit
RETURN elementId(n) AS id, CASE WHEN n:Entity THEN 'Entity' WHEN n:Claim THEN 'Claim' ELSE 'Source' END AS label
