// Workbench (read): the entity types in use, with how many entities each has.
MATCH (n:Entity)
RETURN n.type AS type, count(n) AS count
ORDER BY count DESC, type
