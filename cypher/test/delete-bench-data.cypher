// Test: deletes what the bench generator made (ids with ":bench-"), and nothing else.
MATCH (n)
WHERE n.id CONTAINS $marker
DETACH DELETE n
