// The whole :Source nodes an export cites (text, translation and cited works), for the formats that rebuild a database.
MATCH (s:Source)
WHERE s.id IN $ids
RETURN s
