// Migrations (read): one page of entities with their names and stored search keys, in id order.
MATCH (n:Entity)
WHERE n.id > $after
RETURN n.id AS id, n.name AS name, n.nameAr AS nameAr, coalesce(n.aliases, []) AS aliases,
  coalesce(n.searchKeys, []) AS searchKeys, n.searchText AS searchText
ORDER BY n.id
LIMIT $limit
