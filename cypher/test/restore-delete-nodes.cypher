// Tests: deletes id'd nodes that are not in a snapshot's ids.
MATCH (n)
WHERE n.id IS NOT NULL AND NOT n.id IN $ids
DETACH DELETE n
