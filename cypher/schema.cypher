// Constraints and indexes of the graph model. Every statement is idempotent (IF NOT EXISTS), applied at every start.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT test_marker_id IF NOT EXISTS FOR (n:TestDatabaseMarker) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_meta_id IF NOT EXISTS FOR (n:KgMeta) REQUIRE n.id IS UNIQUE;
// Reads by name, by type and by claim kind or unit (spending figures).
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);
CREATE INDEX claim_kind_unit IF NOT EXISTS FOR (n:Claim) ON (n.kind, n.unit);
// Search: names in every language; searchText joins name, nameAr, aliases and normalised searchKeys (lists cannot be fulltext-indexed).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.nameAr, n.searchText];
// Search by key (read/search-entities): CONTAINS on searchText through a trigram text index, not a scan of every entity.
CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (n:Entity) ON (n.searchText);
CREATE FULLTEXT INDEX claim_texts IF NOT EXISTS FOR (n:Claim) ON EACH [n.statement, n.original];
// Ordering by connectedness (neighbours, the overview's most connected nodes): the degree stored at ingest.
CREATE INDEX entity_degree IF NOT EXISTS FOR (n:Entity) ON (n.degree);
CREATE INDEX claim_degree IF NOT EXISTS FOR (n:Claim) ON (n.degree);
CREATE INDEX source_degree IF NOT EXISTS FOR (n:Source) ON (n.degree);
