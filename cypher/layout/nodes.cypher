// Layout: every node of the model with its stored position, if any.
MATCH (n)
WHERE n:Entity OR n:Claim OR n:Source
RETURN elementId(n) AS id, n.x AS x, n.y AS y
