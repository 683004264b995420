// The request mix of the load run: search, neighbors, graph and Cypher against the seeded graph, in equal parts.
export interface LoadRequest {
  kind: "search" | "neighbors" | "graph" | "cypher";
  method: "GET" | "POST";
  path: string;
  body?: string;
}

const SEARCHES = ["bank of america", "deepseek", "الصين", "tencent", "alibaba", "nvidia"];
const NODES = ["org:bank-of-america", "org:deepseek", "country:china", "org:tencent", "org:alibaba", "org:nvidia"];
const CYPHER = [
  "MATCH (e:Entity)-[r]->(o:Entity) RETURN e.name AS from, type(r) AS rel, o.name AS to LIMIT 25",
  "MATCH (c:Claim)-[:ABOUT]->(e:Entity {id: $id}) RETURN c.statement AS statement LIMIT 10",
  "MATCH (e:Entity) RETURN e.type AS type, count(*) AS n ORDER BY n DESC",
];

/** One round of every kind per seed item, so each connection cycles through all of them. */
export function requestMix(): LoadRequest[] {
  const out: LoadRequest[] = [];
  SEARCHES.forEach((q, i) => {
    const id = NODES[i % NODES.length] as string;
    const query = CYPHER[i % CYPHER.length] as string;
    out.push(
      { kind: "search", method: "GET", path: `/api/search?q=${encodeURIComponent(q)}&limit=10` },
      { kind: "neighbors", method: "GET", path: `/api/nodes/${encodeURIComponent(id)}/neighbors?limit=50` },
      { kind: "graph", method: "GET", path: "/api/graph?limit=500" },
      { kind: "cypher", method: "POST", path: "/api/cypher", body: JSON.stringify({ query, params: { id } }) },
    );
  });
  return out;
}
