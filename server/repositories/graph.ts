// GET /api/graph: the overview graph, filtered, capped at `limit` nodes (most connected first), with totals.
import type { GraphQuery } from "../domain/api";
import type { GraphResponse } from "../domain/wire";
import { buildWireGraph } from "../graph/buildWireGraph";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { field, int, orNull, plainNodes, plainRelationship } from "./rows";

/** At most this many edges per node returned, so a dense graph cannot flood the client. */
export const EDGES_PER_NODE = 5;

export async function getGraph(db: Db, q: GraphQuery): Promise<GraphResponse> {
  const filter = {
    entityTypes: orNull(q.entityTypes),
    relationTypes: orNull(q.relationTypes),
    sourceIds: orNull(q.sourceIds),
    from: q.from ?? null,
    to: q.to ?? null,
    claims: q.claims,
    sources: q.sources,
  };
  const nodesResult = await db.read(cypher("read/graph-nodes"), { ...filter, limit: int(q.limit) });
  const first = nodesResult.records[0];
  const totalNodes = field<number>(first, "total") ?? 0;
  const nodes = plainNodes(first?.get("nodes"));
  const edgeLimit = q.limit * EDGES_PER_NODE;
  const edgesResult = await db.read(cypher("read/graph-edges"), {
    elementIds: nodes.map((n) => n.elementId),
    relationTypes: filter.relationTypes,
    sourceIds: filter.sourceIds,
    limit: int(edgeLimit + 1),
  });
  const edgesCut = edgesResult.records.length > edgeLimit;
  const relationships = edgesResult.records.slice(0, edgeLimit).map((r) => plainRelationship(r.get("r")));
  const graph = buildWireGraph(nodes, relationships);
  const nodesCut = totalNodes > nodes.length;
  let totalEdges: number | string = graph.edges.length;
  if (nodesCut || edgesCut) {
    const totals = await db.read(cypher("read/graph-edge-total"), filter);
    totalEdges = field<number | string>(totals.records[0], "total") ?? 0;
  }
  return { graph, truncated: nodesCut || edgesCut, totals: { nodes: totalNodes, edges: totalEdges } };
}
