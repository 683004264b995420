// Degree: stores on each node still there (by elementId) the count of its relationships, all types, both directions, where it moved.
UNWIND $elementIds AS elementId
MATCH (n)
WHERE elementId(n) = elementId
WITH DISTINCT n
WITH n, COUNT { (n)--() } AS degree
WHERE n.degree IS NULL OR n.degree <> degree
SET n.degree = degree
RETURN count(*) AS written
