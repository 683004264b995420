// Tests: every relationship with its endpoints' ids, type and properties, for checksums and snapshots.
MATCH (a)-[r]->(b)
RETURN a.id AS from, type(r) AS type, b.id AS to, elementId(r) AS elementId, properties(r) AS properties
