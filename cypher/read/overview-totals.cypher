// Overview: the model's nodes by label (from the count store) and its relationships by type.
CALL () {
  RETURN COUNT { (n:Entity) } AS entities, COUNT { (n:Claim) } AS claims, COUNT { (n:Source) } AS sources
}
CALL () {
  MATCH ()-[r]->()
  WITH type(r) AS type, count(*) AS count
  RETURN collect({type: type, count: count}) AS relationships
}
RETURN entities, claims, sources, relationships
