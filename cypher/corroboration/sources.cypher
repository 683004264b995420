// Corroboration: what independence is computed from, per source: its identity, publisher, cited works and researchers' marks.
MATCH (s:Source)
RETURN s.id AS id,
  coalesce(s.title, s.id) AS title,
  s.publisher AS publisher,
  s.url AS url,
  s.entityId AS entityId,
  coalesce(s.citedTitles, []) AS citedTitles,
  coalesce(s.citedPublishers, []) AS citedPublishers,
  coalesce(s.citedUrls, []) AS citedUrls,
  coalesce(s.citedEntityIds, []) AS citedEntityIds,
  coalesce(s.markedSourceIds, []) AS markedSourceIds,
  coalesce(s.markVerdicts, []) AS markVerdicts,
  coalesce(s.markedBy, []) AS markedBy,
  coalesce(s.markedAt, []) AS markedAt,
  coalesce(s.markNotes, []) AS markNotes
ORDER BY id
