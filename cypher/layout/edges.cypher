// Layout: both ends of every relationship between nodes of the model.
MATCH (a)-[r]->(b)
WHERE (a:Entity OR a:Claim OR a:Source) AND (b:Entity OR b:Claim OR b:Source)
RETURN elementId(a) AS source, elementId(b) AS target
