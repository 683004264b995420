// Tests: deletes relationships between id'd nodes that are not in a snapshot's [from, type, to] keys.
MATCH (a)-[r]->(b)
WHERE a.id IS NOT NULL AND b.id IS NOT NULL AND NOT [a.id, type(r), b.id] IN $keys
DELETE r
