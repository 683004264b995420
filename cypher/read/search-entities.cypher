// Search candidates: entities with a normalised name or alias containing the key, or starting like it (for typos).
MATCH (e:Entity)
WHERE ($types IS NULL OR e.type IN $types)
  AND any(k IN coalesce(e.searchKeys, []) WHERE k CONTAINS $key OR k STARTS WITH $head)
WITH e,
  CASE
    WHEN $key IN e.searchKeys THEN 0
    WHEN any(k IN e.searchKeys WHERE k STARTS WITH $key) THEN 1
    WHEN any(k IN e.searchKeys WHERE k CONTAINS $key) THEN 2
    ELSE 3
  END AS rank
ORDER BY rank, size(e.name), e.id
LIMIT $limit
RETURN e.id AS id, e.type AS type, e.name AS name, e.nameAr AS nameAr, coalesce(e.aliases, []) AS aliases
