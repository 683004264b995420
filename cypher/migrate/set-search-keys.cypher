// Migrations: writes recomputed search keys and search text (the fulltext index's field) of entities.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.searchKeys = row.searchKeys, n.searchText = row.searchText
RETURN count(*) AS written
