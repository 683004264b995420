// Corroboration: removes a researcher's mark on two sources from both; lists left empty are removed.
MATCH (a:Source {id: $a}), (b:Source {id: $b})
UNWIND [[a, b], [b, a]] AS pair
WITH pair[0] AS s, pair[1].id AS other
WITH s, [i IN range(0, size(coalesce(s.markedSourceIds, [])) - 1) WHERE s.markedSourceIds[i] <> other] AS keep,
  size(coalesce(s.markedSourceIds, [])) AS before
WITH s, keep, before,
  [i IN keep | s.markedSourceIds[i]] AS ids,
  [i IN keep | s.markVerdicts[i]] AS verdicts,
  [i IN keep | s.markedBy[i]] AS authors,
  [i IN keep | s.markedAt[i]] AS times,
  [i IN keep | coalesce(s.markNotes[i], '')] AS notes
CALL (s, keep, ids, verdicts, authors, times, notes) {
  WITH * WHERE size(keep) = 0
  REMOVE s.markedSourceIds, s.markVerdicts, s.markedBy, s.markedAt, s.markNotes
}
CALL (s, keep, before, ids, verdicts, authors, times, notes) {
  WITH * WHERE size(keep) > 0 AND size(keep) < before
  SET s.markedSourceIds = ids, s.markVerdicts = verdicts, s.markedBy = authors, s.markedAt = times, s.markNotes = notes
}
RETURN sum(before - size(keep)) AS removed
