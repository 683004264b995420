// Tests: puts back the properties a snapshot recorded for each relationship, found by [from, type, to].
UNWIND $rows AS row
MATCH (a)-[r]->(b)
WHERE a.id = row.from AND type(r) = row.type AND b.id = row.to
SET r = row.properties
