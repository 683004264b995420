// Sources by id, with their text: the context around evidence quotes and the bibliography of exports.
MATCH (s:Source)
WHERE s.id IN $ids
RETURN s.id AS id, s.title AS title, s.language AS language, s.date AS date, s.publisher AS publisher, s.url AS url,
  CASE WHEN $withText THEN s.text ELSE null END AS text
