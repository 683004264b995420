// Ingest (read): sources already in the graph with one of the given ids, with their text.
MATCH (s:Source)
WHERE s.id IN $ids
RETURN s.id AS id, s.text AS text
