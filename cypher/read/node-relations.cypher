// A node's direct edges with the node at the other end, claim links included, up to $limit.
CALL () {
  MATCH (n:Entity {id: $id}) RETURN n
  UNION
  MATCH (n:Claim {id: $id}) RETURN n
  UNION
  MATCH (n:Source {id: $id}) RETURN n
}
MATCH (n)-[r]-(m)
RETURN r, m, startNode(r) = n AS outgoing
ORDER BY type(r), m.id
LIMIT $limit
