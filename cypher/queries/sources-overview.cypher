// title: Sources and what rests on them
// description: Every source document with its metadata, the works it cites, and how many entities, claims and relationships its quotes support.
MATCH (s:Source)
RETURN
  s,
  s.title AS title,
  s.language AS language,
  s.date AS date,
  size(s.text) AS characters,
  s.citedTitles AS cites,
  COUNT { MATCH (e:Entity) WHERE s.id IN e.sourceIds } AS entities,
  COUNT { MATCH (c:Claim) WHERE s.id IN c.sourceIds } AS claims,
  COUNT { MATCH ()-[r]->() WHERE s.id IN r.sourceIds } AS relationships
ORDER BY s.id
