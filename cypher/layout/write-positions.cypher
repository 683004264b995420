// Layout: stores computed positions on the nodes (x, y), by elementId.
UNWIND $rows AS row
MATCH (n)
WHERE elementId(n) = row.id
SET n.x = row.x, n.y = row.y
RETURN count(*) AS written
