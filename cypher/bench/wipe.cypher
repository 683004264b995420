// Bench and tests: deletes every node but the test marker, in batches (only ever run after the marker check).
MATCH (n)
WHERE NOT n:TestDatabaseMarker
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 2000 ROWS
