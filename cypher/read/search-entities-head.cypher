// Search candidates for typos after the first two characters: entities with a search key starting like the key
// ($head) that no key contains it, asked only when search-entities found fewer than its limit. A key starting with
// $head follows a line break in searchText ($lineHead), which the text index finds. Not ordered: the ranking in the
// server weighs them by similarity, and at scale a bounded read beats sorting every entity sharing two letters.
MATCH (e:Entity)
WHERE e.searchText CONTAINS $lineHead
  AND ($types IS NULL OR e.type IN $types)
  AND any(k IN e.searchKeys WHERE k STARTS WITH $head)
  AND NOT any(k IN e.searchKeys WHERE k CONTAINS $key)
RETURN e.id AS id, e.type AS type, e.name AS name, e.nameAr AS nameAr, coalesce(e.aliases, []) AS aliases
LIMIT $limit
