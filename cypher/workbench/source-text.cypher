// Workbench (read): whether a source is in the graph, with its text.
OPTIONAL MATCH (s:Source {id: $id})
RETURN s IS NOT NULL AS exists, s.text AS text
