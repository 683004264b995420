// Corroboration: undoes researchers' grouping decisions on these claims, which go back to their automatic groups.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
WHERE c.groupDecision IS NOT NULL
REMOVE c.groupDecision, c.groupDecisionBy, c.groupDecisionAt, c.groupDecisionNote
RETURN count(c) AS cleared
