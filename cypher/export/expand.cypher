// One breadth-first step: the neighbors of the frontier (claims optional, sources never), up to $limit.
MATCH (a)-[]-(b)
WHERE elementId(a) IN $frontier AND NOT b:Source AND ($includeClaims OR NOT b:Claim)
RETURN collect(DISTINCT elementId(b))[0..$limit] AS elementIds
