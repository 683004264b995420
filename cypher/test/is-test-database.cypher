// Whether this database carries the test marker.
OPTIONAL MATCH (m:TestDatabaseMarker {id: $id})
RETURN m IS NOT NULL AS marked
