// Pages of neighbors for a batch of requests ($requests: [{id, relationTypes, direction}], one row per request
// whose node exists, keyed by its index), each filtered by relation type and direction, with totals and counts by
// type. $offset and $limit are shared by the batch. Nodes and relationships come back in the plain shape the graph
// mappers read ({elementId, labels, properties} / {elementId, type, start/endNodeElementId, properties}), with the
// domain id standing in for a node's element id: graph keys are domain ids anyway, and Bolt carries a third less.
// What no answer shows is left out as well: the ingest's lookup keys (searchText, searchKeys, evidenceKeys), the stored
// degree, and a source's full text and translation (the evidence panel reads those from /api/sources).
UNWIND range(0, size($requests) - 1) AS index
WITH index, $requests[index] AS req
CALL (req) {
  MATCH (n:Entity {id: req.id}) RETURN n
  UNION
  MATCH (n:Claim {id: req.id}) RETURN n
  UNION
  MATCH (n:Source {id: req.id}) RETURN n
}
CALL (n) {
  MATCH (n)-[r]-()
  WITH type(r) AS type, count(r) AS count
  RETURN collect([type, count]) AS countsByType
}
CALL (n, req) {
  MATCH (n)-[r]-(m)
  WHERE (req.relationTypes IS NULL OR type(r) IN req.relationTypes)
    AND (req.direction = "both" OR (req.direction = "out") = (startNode(r) = n))
  RETURN count(r) AS total
}
CALL (n, req) {
  MATCH (n)-[r]-(m)
  WHERE (req.relationTypes IS NULL OR type(r) IN req.relationTypes)
    AND (req.direction = "both" OR (req.direction = "out") = (startNode(r) = n))
  WITH r, m, coalesce(m.degree, COUNT { (m)--() }) AS degree
  ORDER BY degree DESC, m.id, type(r)
  SKIP $offset
  LIMIT $limit
  RETURN
    collect({
      elementId: elementId(r),
      type: type(r),
      startNodeElementId: coalesce(startNode(r).id, elementId(startNode(r))),
      endNodeElementId: coalesce(endNode(r).id, elementId(endNode(r))),
      properties: r {.*, evidenceKeys: null}
    }) AS relationships,
    collect({
      elementId: coalesce(m.id, elementId(m)),
      labels: labels(m),
      properties: m {.*, searchText: null, searchKeys: null, evidenceKeys: null, degree: null, text: null,
        translationTexts: null, translationOriginals: null}
    }) AS neighbors
}
RETURN index,
  {
    elementId: coalesce(n.id, elementId(n)),
    labels: labels(n),
    properties: n {.*, searchText: null, searchKeys: null, evidenceKeys: null, degree: null, text: null,
      translationTexts: null, translationOriginals: null}
  } AS n,
  total, relationships, neighbors, countsByType
