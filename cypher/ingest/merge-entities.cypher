// Ingest: merges entities on id; the first document's scalar fields win, names new to an entity become aliases.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE
  SET n.type = row.type,
    n.name = row.name,
    n.nameAr = row.nameAr,
    n.description = row.description,
    n.aliases = row.aliases,
    n.searchKeys = row.searchKeys,
    n.sourceIds = []
SET n:$(row.type)
WITH n, row
CALL (n, row) {
  WITH * WHERE n.nameAr IS NULL AND row.nameAr IS NOT NULL
  SET n.nameAr = row.nameAr
}
CALL (n, row) {
  WITH * WHERE n.description IS NULL AND row.description IS NOT NULL
  SET n.description = row.description
}
WITH
  n,
  [a IN row.names WHERE a <> n.name AND a <> coalesce(n.nameAr, '') AND NOT a IN n.aliases] AS newAliases,
  [k IN row.searchKeys WHERE NOT k IN n.searchKeys] AS newKeys
CALL (n, newAliases, newKeys) {
  WITH * WHERE size(newAliases) + size(newKeys) > 0
  SET n.aliases = n.aliases + newAliases, n.searchKeys = n.searchKeys + newKeys
}
WITH n, reduce(
    t = n.name,
    x IN CASE WHEN n.nameAr IS NULL THEN [] ELSE [n.nameAr] END + n.aliases + n.searchKeys | t + '\n' + x
  ) AS searchText
CALL (n, searchText) {
  WITH * WHERE n.searchText IS NULL OR n.searchText <> searchText
  SET n.searchText = searchText
}
RETURN count(*) AS written
