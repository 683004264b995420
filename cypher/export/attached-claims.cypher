// Claims stated by or about any of the given nodes, so an export keeps the statements around its entities.
MATCH (c:Claim)--(n)
WHERE elementId(n) IN $elementIds
RETURN collect(DISTINCT elementId(c)) AS elementIds
