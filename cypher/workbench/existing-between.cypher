// Workbench (read): relation types the graph already has between pairs of entities, in either direction.
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair.a})-[r]-(b:Entity {id: pair.b})
RETURN pair.a AS a, pair.b AS b, type(r) AS type, startNode(r) = a AS out
