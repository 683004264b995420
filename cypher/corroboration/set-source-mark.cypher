// Corroboration: a researcher's mark on two sources, written on both (parallel lists), replacing an earlier mark on the pair.
MATCH (a:Source {id: $a}), (b:Source {id: $b})
UNWIND [[a, b], [b, a]] AS pair
WITH pair[0] AS s, pair[1].id AS other
WITH s, other, [i IN range(0, size(coalesce(s.markedSourceIds, [])) - 1) WHERE s.markedSourceIds[i] <> other] AS keep
WITH s, other,
  [i IN keep | s.markedSourceIds[i]] AS ids,
  [i IN keep | s.markVerdicts[i]] AS verdicts,
  [i IN keep | s.markedBy[i]] AS authors,
  [i IN keep | s.markedAt[i]] AS times,
  [i IN keep | coalesce(s.markNotes[i], '')] AS notes
SET s.markedSourceIds = ids + other,
  s.markVerdicts = verdicts + $verdict,
  s.markedBy = authors + $by,
  s.markedAt = times + $at,
  s.markNotes = notes + $note
RETURN count(s) AS written
