// POST /api/export's selection: a subgraph by node ids, by a read-only query, or as the neighbourhood of a node.
import type { ExportSelection } from "../domain/api";
import type { WireGraph } from "../domain/wire";
import { KgError } from "../errors";
import type { ExportSource } from "../export/types";
import { createWireGraphBuilder } from "../graph/buildWireGraph";
import { edgeAttributes } from "../graph/edges";
import type { PlainRelationship } from "../graph/types";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { type CypherLimits, graphOfQuery } from "./cypher";
import { NotFoundError } from "./errors";
import { field, int, plainNode, plainRelationship } from "./rows";
import { citation, loadSources } from "./sourceTexts";
import { streamRecords } from "./streamRecords";

export interface Subgraph {
  graph: WireGraph;
  /** Every source that the evidence of the subgraph cites: the export's bibliography. */
  sources: ExportSource[];
}

export class ExportTooLargeError extends KgError {
  constructor(max: number) {
    super("EXPORT_TOO_LARGE", `The selection holds more than ${max} nodes; narrow it (smaller depth, fewer ids).`);
  }
}

async function elementIdsOf(db: Db, ids: string[]): Promise<{ elementIds: string[]; found: string[] }> {
  const result = await db.read(cypher("export/resolve-ids"), { ids });
  const r = result.records[0];
  return { elementIds: field<string[]>(r, "elementIds") ?? [], found: field<string[]>(r, "found") ?? [] };
}

async function withClaims(db: Db, elementIds: string[]): Promise<string[]> {
  const result = await db.read(cypher("export/attached-claims"), { elementIds });
  return [...new Set([...elementIds, ...(field<string[]>(result.records[0], "elementIds") ?? [])])];
}

async function neighbourhood(db: Db, start: string, depth: number, includeClaims: boolean, max: number) {
  const seen = new Set([start]);
  let frontier = [start];
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const result = await db.read(cypher("export/expand"), { frontier, includeClaims, limit: int(max + 1) });
    const next = (field<string[]>(result.records[0], "elementIds") ?? []).filter((id) => !seen.has(id));
    for (const id of next) seen.add(id);
    if (seen.size > max) throw new ExportTooLargeError(max);
    frontier = next;
  }
  return [...seen];
}

/**
 * The nodes and the edges between them, both queries at once, each record mapped to its wire form as it arrives: the
 * mapping overlaps Neo4j's work and the records are never held next to the graph. Edges are keyed once every node
 * is in, so two nodes sharing a domain id get distinct keys (uniqueNodeKey) and each edge names the right one.
 */
async function inducedGraph(db: Db, elementIds: string[], signal?: AbortSignal): Promise<WireGraph> {
  const builder = createWireGraphBuilder();
  const edges: { ends: PlainRelationship; attributes: ReturnType<typeof edgeAttributes> }[] = [];
  await Promise.all([
    streamRecords(
      db,
      cypher("export/nodes"),
      { elementIds },
      (record) => {
        builder.addNode(plainNode(record.get("n")));
      },
      signal,
    ),
    streamRecords(
      db,
      cypher("export/edges"),
      { elementIds },
      (record) => {
        const rel = plainRelationship(record.get("r"));
        edges.push({ ends: { ...rel, properties: {} }, attributes: edgeAttributes(rel) });
      },
      signal,
    ),
  ]);
  for (const e of edges) builder.addRelationship(e.ends, undefined, e.attributes);
  return builder.graph;
}

/** Source ids cited by edges and by claim nodes, in order of first appearance. */
export function citedSourceIds(graph: WireGraph): string[] {
  const ids = new Set<string>();
  for (const e of graph.edges) for (const ev of e.attributes.evidence) ids.add(ev.sourceId);
  for (const n of graph.nodes) if (n.attributes.kind !== "entity") for (const s of n.attributes.sourceIds) ids.add(s);
  return [...ids];
}

export async function selectSubgraph(
  db: Db,
  select: ExportSelection,
  includeClaims: boolean,
  limits: CypherLimits & { maxExportNodes: number },
  withSourceText: boolean,
  signal?: AbortSignal,
): Promise<Subgraph> {
  let graph: WireGraph;
  if (select.by === "query") {
    graph = (
      await graphOfQuery(db, select.query, select.params, { ...limits, maxNodes: limits.maxExportNodes }, signal)
    ).graph;
  } else {
    let elementIds: string[];
    if (select.by === "ids") {
      const resolved = await elementIdsOf(db, select.ids);
      if (resolved.found.length === 0) throw new NotFoundError("node", select.ids[0] ?? "");
      elementIds = resolved.elementIds;
    } else {
      const resolved = await elementIdsOf(db, [select.id]);
      const start = resolved.elementIds[0];
      if (start === undefined) throw new NotFoundError("node", select.id);
      elementIds = await neighbourhood(db, start, select.depth, includeClaims, limits.maxExportNodes);
    }
    if (includeClaims && select.by === "ids") elementIds = await withClaims(db, elementIds);
    if (elementIds.length > limits.maxExportNodes) throw new ExportTooLargeError(limits.maxExportNodes);
    graph = await inducedGraph(db, elementIds, signal);
  }
  const sources = await loadSources(db, citedSourceIds(graph), withSourceText);
  return {
    graph,
    sources: [...sources.values()].map((s) => ({ ...citation(s), ...(withSourceText ? { text: s.text } : {}) })),
  };
}
