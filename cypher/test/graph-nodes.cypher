// Tests: every node with its id, labels and properties, for checksums and snapshots.
MATCH (n)
RETURN n.id AS id, elementId(n) AS elementId, labels(n) AS labels, properties(n) AS properties
