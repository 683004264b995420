// Bench baseline: creates (:Claim)-[:ABOUT]->(:Entity) relationships between nodes found by id, nothing checked or merged.
UNWIND $rows AS row
MATCH (a:Claim {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:ABOUT]->(b)
SET r = row.properties
