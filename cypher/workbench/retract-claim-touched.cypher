// Workbench: the nodes whose degree retracting a claim's evidence may change (by elementId): the claim and its neighbours.
MATCH (c:Claim {id: $id})
OPTIONAL MATCH (c)-[]-(m)
WITH c, collect(DISTINCT elementId(m)) AS neighbours
RETURN [elementId(c)] + neighbours AS elementIds
