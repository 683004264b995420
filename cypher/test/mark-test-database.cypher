// Marks this database as disposable, so tests may write to it.
MERGE (m:TestDatabaseMarker {id: $id})
ON CREATE SET m.createdAt = datetime()
