// The nodes of an export, by elementId.
MATCH (n)
WHERE elementId(n) IN $elementIds
RETURN n
