// Workbench (read): every entity with its names and aliases, for the mention dictionary.
MATCH (n:Entity)
RETURN n.id AS id, n.type AS type, n.name AS name, n.nameAr AS nameAr, coalesce(n.aliases, []) AS aliases
