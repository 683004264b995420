// Migrations: gives evidence written before authorship was recorded empty addedBy/addedAt lists of the same size.
CALL () {
  MATCH ()-[r]->()
  WHERE r.quotes IS NOT NULL AND (r.addedBy IS NULL OR r.addedAt IS NULL)
  SET r.addedBy = [q IN r.quotes | ''], r.addedAt = [q IN r.quotes | '']
  RETURN count(r) AS relationships
}
CALL () {
  MATCH (c:Claim)
  WHERE c.quotes IS NOT NULL AND (c.addedBy IS NULL OR c.addedAt IS NULL)
  SET c.addedBy = [q IN c.quotes | ''], c.addedAt = [q IN c.quotes | '']
  RETURN count(c) AS claims
}
RETURN relationships, claims
