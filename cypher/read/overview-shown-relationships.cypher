// Overview: relationships among the shown nodes (by elementId), by type.
MATCH (a)-[r]->(b)
WHERE elementId(a) IN $elementIds AND elementId(b) IN $elementIds
RETURN type(r) AS type, count(*) AS count
