// Nodes by elementId: the ends of relationships a Cypher result returned without their nodes.
MATCH (n)
WHERE elementId(n) IN $elementIds
RETURN n
