// Search candidates from the entity_names fulltext index (fuzzy words), for typos anywhere in a name.
CALL db.index.fulltext.queryNodes("entity_names", $lucene) YIELD node, score
WHERE $types IS NULL OR node.type IN $types
RETURN node.id AS id, node.type AS type, node.name AS name, node.nameAr AS nameAr,
  coalesce(node.aliases, []) AS aliases
ORDER BY score DESC
LIMIT $limit
