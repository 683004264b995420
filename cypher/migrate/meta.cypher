// Migrations (read): the graph's meta node, which records what the stored data was computed with.
OPTIONAL MATCH (m:KgMeta {id: 'kg-explorer-graph-meta'})
RETURN m.normalizerVersion AS normalizerVersion
