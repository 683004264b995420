// Ingest (read): entities already in the graph with one of the given ids or sharing a search key.
MATCH (n:Entity)
WHERE n.id IN $ids OR any(k IN n.searchKeys WHERE k IN $keys)
RETURN n.id AS id, n.type AS type, n.searchKeys AS searchKeys
