// Bench baseline: creates (:Entity)-[:STATES]->(:Claim) relationships between nodes found by id, nothing checked or merged.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Claim {id: row.to})
CREATE (a)-[r:STATES]->(b)
SET r = row.properties
