// Workbench: the nodes whose degree a source's retract may change (by elementId): the source and its neighbours, both ends of every edge carrying its evidence, and the neighbours of every claim carrying it.
CALL () {
  MATCH (s:Source {id: $sourceId})-[]-(m)
  RETURN collect(DISTINCT elementId(m)) AS sourceNeighbours
}
CALL () {
  MATCH (a)-[r]->(b)
  WHERE $sourceId IN r.sourceIds
  RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS edgeEnds
}
CALL () {
  MATCH (c:Claim)-[]-(m)
  WHERE $sourceId IN c.sourceIds
  RETURN collect(DISTINCT elementId(m)) AS claimNeighbours
}
RETURN sourceNeighbours + edgeEnds + claimNeighbours AS elementIds
