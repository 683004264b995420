// Bench baseline: creates (:Entity)-[:$(row.type)]->(:Entity) relationships between nodes found by id, nothing checked or merged.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties
