// Migrations: records the normaliser version the stored search keys were computed with.
MERGE (m:KgMeta {id: 'kg-explorer-graph-meta'})
SET m.normalizerVersion = $version
