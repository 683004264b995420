// The overview graph read from Neo4j, filtered, at most `limit` nodes (most connected first), as records arrive.
import type { GraphQuery } from "@domain/contracts/api";
import type { WireGraph } from "@domain/contracts/wire";
import { edgeAttributes, edgeKeyer } from "../mappers/edges";
import { nodeAttributes, nodeKeyer } from "../mappers/nodes";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { corroborationOf } from "./corroboration";
import { field, int, orNull, plainNode, plainRelationship } from "./rows";
import { streamRecords } from "./streamRecords";

/** At most this many edges per node returned, so a dense graph cannot flood the client. */
export const EDGES_PER_NODE = 5;

export type WireNode = WireGraph["nodes"][number];
export type WireEdge = WireGraph["edges"][number];
type Count = number | string;

export type GraphFilter = Omit<GraphQuery, "limit">;

/** Where the nodes and edges go, chunk by chunk; a sink may return a promise to apply back-pressure. */
export interface GraphSink {
  nodes(batch: WireNode[]): void | Promise<void>;
  edges(batch: WireEdge[]): void | Promise<void>;
}

export interface GraphOutcome {
  truncated: boolean;
  totals: { nodes: Count; edges: Count };
  sent: { nodes: number; edges: number };
}

export function filterParams(q: GraphFilter) {
  return {
    entityTypes: orNull(q.entityTypes),
    relationTypes: orNull(q.relationTypes),
    sourceIds: orNull(q.sourceIds),
    from: q.from ?? null,
    to: q.to ?? null,
    claims: q.claims,
    sources: q.sources,
  };
}

export async function countNodes(db: Db, q: GraphFilter): Promise<number> {
  return field<number>((await db.read(cypher("read/graph-node-total"), filterParams(q))).records[0], "total") ?? 0;
}

export async function countEdges(db: Db, q: GraphFilter): Promise<Count> {
  return field<Count>((await db.read(cypher("read/graph-edge-total"), filterParams(q))).records[0], "total") ?? 0;
}

/**
 * Streams the nodes (most connected first) then the edges between them to `sink`, `chunk` at a time, mapping each
 * record straight to its wire form: the graph is never held whole here. When nodes were cut, edges are fetched
 * between the sent nodes; otherwise every edge the filter matches. `totalNodes` may be passed when already counted.
 */
export async function streamGraph(
  db: Db,
  q: GraphQuery,
  sink: GraphSink,
  options: { chunk?: number; signal?: AbortSignal; totalNodes?: number } = {},
): Promise<GraphOutcome> {
  const chunk = options.chunk ?? 5000;
  const filter = filterParams(q);
  const [totalNodes, corroboration] = await Promise.all([options.totalNodes ?? countNodes(db, q), corroborationOf(db)]);
  const keyByElementId = new Map<string, string>();
  const keyOfNode = nodeKeyer();
  let nodes: WireNode[] = [];
  await streamRecords(
    db,
    cypher("read/graph-nodes"),
    { ...filter, limit: int(q.limit) },
    async (record) => {
      const node = plainNode(record.get("n"));
      if (keyByElementId.has(node.elementId)) return;
      const key = keyOfNode(node);
      keyByElementId.set(node.elementId, key);
      nodes.push({ key, attributes: nodeAttributes(node, corroboration) });
      if (nodes.length >= chunk) {
        const batch = nodes;
        nodes = [];
        await sink.nodes(batch);
      }
    },
    options.signal,
  );
  if (nodes.length > 0) await sink.nodes(nodes);
  const nodesCut = totalNodes > keyByElementId.size;

  const edgeLimit = q.limit * EDGES_PER_NODE;
  let edges: WireEdge[] = [];
  let sentEdges = 0;
  let edgesCut = false;
  const keyOf = edgeKeyer();
  const edgeQuery = nodesCut
    ? { text: cypher("read/graph-edges"), params: { elementIds: [...keyByElementId.keys()], ...filter } }
    : { text: cypher("read/graph-edges-all"), params: filter };
  await streamRecords(
    db,
    edgeQuery.text,
    { ...edgeQuery.params, limit: int(edgeLimit + 1) },
    async (record) => {
      const rel = plainRelationship(record.get("r"));
      const source = keyByElementId.get(rel.startNodeElementId);
      const target = keyByElementId.get(rel.endNodeElementId);
      if (source === undefined || target === undefined) return;
      if (sentEdges >= edgeLimit) {
        edgesCut = true;
        return;
      }
      edges.push({
        key: keyOf(source, rel.type, target, rel.elementId),
        source,
        target,
        attributes: edgeAttributes(rel, corroboration),
      });
      sentEdges += 1;
      if (edges.length >= chunk) {
        const batch = edges;
        edges = [];
        await sink.edges(batch);
      }
    },
    options.signal,
  );
  if (edges.length > 0) await sink.edges(edges);
  const truncated = nodesCut || edgesCut;
  return {
    truncated,
    totals: { nodes: totalNodes, edges: truncated ? await countEdges(db, q) : sentEdges },
    sent: { nodes: keyByElementId.size, edges: sentEdges },
  };
}
