// Workbench (read): the relationship types of annotated relations in use, with how many edges each has.
MATCH (:Entity)-[r]->(:Entity)
RETURN type(r) AS type, count(r) AS count
ORDER BY count DESC, type
