// Every relationship between the nodes of an export, with the keys of its ends (a node's key is its domain id).
MATCH (a)-[r]->(b)
WHERE elementId(a) IN $elementIds AND elementId(b) IN $elementIds
RETURN r, coalesce(a.id, elementId(a)) AS source, coalesce(b.id, elementId(b)) AS target
