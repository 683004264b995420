// Constraints and indexes of the graph model. Every statement is idempotent (IF NOT EXISTS), applied at every start.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT test_marker_id IF NOT EXISTS FOR (n:TestDatabaseMarker) REQUIRE n.id IS UNIQUE;
