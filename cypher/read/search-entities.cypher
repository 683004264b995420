// Search candidates: entities with a normalised name or alias (a search key) containing the key, best first. The text
// index on searchText (every key on a line of its own) finds them without reading every entity: any key containing
// $key makes searchText contain it; searchKeys then decides.
MATCH (e:Entity)
WHERE e.searchText CONTAINS $key
  AND ($types IS NULL OR e.type IN $types)
  AND any(k IN e.searchKeys WHERE k CONTAINS $key)
WITH e,
  CASE
    WHEN $key IN e.searchKeys THEN 0
    WHEN any(k IN e.searchKeys WHERE k STARTS WITH $key) THEN 1
    ELSE 2
  END AS rank
ORDER BY rank, size(e.name), e.id
LIMIT $limit
RETURN e.id AS id, e.type AS type, e.name AS name, e.nameAr AS nameAr, coalesce(e.aliases, []) AS aliases
