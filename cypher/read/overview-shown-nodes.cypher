// Overview: the $limit most connected nodes, in the order /api/graph sends them (read/graph-nodes, unfiltered).
MATCH (n)
WHERE n:Entity OR n:Claim OR n:Source
// The degree stored at ingest; counted only on a node written by something else, as read/graph-nodes does.
WITH n, coalesce(n.degree, COUNT { (n)--() }) AS degree
ORDER BY degree DESC, n.id
LIMIT $limit
RETURN elementId(n) AS id, CASE WHEN n:Entity THEN 'Entity' WHEN n:Claim THEN 'Claim' ELSE 'Source' END AS label
