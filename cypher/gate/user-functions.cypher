// The server's functions that are not Cypher's own (plugins such as APOC): the read-only gate refuses those off its allowlist.
SHOW FUNCTIONS YIELD name, isBuiltIn
WHERE NOT isBuiltIn
RETURN name
