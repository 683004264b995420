// title: Everything sourced to an outlet
// description: What the graph holds on the word of one outlet, report or person (e.g. SCMP): the claims it states with what they are about, the relationships it reports, and the sources that cite it.
// param: entityId string "The outlet, report or person, e.g. media:scmp" example "media:scmp"
MATCH (o:Entity {id: $entityId})
CALL (o) {
  MATCH p = (o)-[s:STATES]->(c:Claim)
  RETURN p, 'claim' AS kind, c.statement AS what, s.quotes AS quotes,
    COLLECT { MATCH (c)-[:ABOUT]->(e:Entity) RETURN e.name } AS about
  UNION
  MATCH p = (o)-[r]->(e:Entity)
  RETURN p, 'relationship' AS kind, type(r) + ' ' + e.name AS what, r.quotes AS quotes, [e.name] AS about
}
RETURN
  p,
  kind,
  what,
  about,
  quotes,
  COLLECT { MATCH (s:Source) WHERE o.id IN s.citedEntityIds RETURN s.title } AS citedBy
ORDER BY kind, what
