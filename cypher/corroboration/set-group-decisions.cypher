// Corroboration: a researcher's grouping decision: each claim gets the key of the group it is put in, with who and when.
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
SET c.groupDecision = row.key,
  c.groupDecisionBy = $by,
  c.groupDecisionAt = $at,
  c.groupDecisionNote = $note
RETURN count(c) AS written
