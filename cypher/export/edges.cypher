// Every relationship between the nodes of an export (its ends are named by elementId on the relationship itself).
MATCH (a)-[r]->(b)
WHERE elementId(a) IN $elementIds AND elementId(b) IN $elementIds
RETURN r
