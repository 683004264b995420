// A subgraph chosen for export: by node ids, by a read-only query, or a node's neighborhood, with its bibliography.

import type { ExportSelection } from "@domain/contracts/api";
import type { WireGraph } from "@domain/contracts/wire";
import type { ExportSource } from "@domain/export/types";
import { isNode, type Node } from "neo4j-driver";
import { runReadOnly } from "../cypherGate/runReadOnly";
import { KgError } from "../errors";
import { createWireGraphBuilder } from "../mappers/buildWireGraph";
import { collectGraphElements } from "../mappers/collect";
import { edgeAttributes } from "../mappers/edges";
import type { PlainNode, PlainRelationship } from "../mappers/types";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { toPlain } from "../neo4j/values";
import { NotFoundError } from "./errors";
import { field, int, plainNode, plainRelationship } from "./rows";
import { citation, loadSources } from "./sourceTexts";
import { streamRecords } from "./streamRecords";

export interface Subgraph {
  graph: WireGraph;
  /** Every source that the evidence of the subgraph cites: the export's bibliography. */
  sources: ExportSource[];
}

export interface ExportLimits {
  /** Transaction timeout of an export by query. */
  timeoutMs: number;
  maxExportNodes: number;
  /** Relationships an export by query may hold. */
  maxExportEdges: number;
}

export class ExportTooLargeError extends KgError {
  constructor(max: number, what: "nodes" | "relationships" = "nodes", hint = "smaller depth, fewer ids") {
    super("EXPORT_TOO_LARGE", `The selection holds more than ${max} ${what}; narrow it (${hint}).`);
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

async function neighborhood(db: Db, start: string, depth: number, includeClaims: boolean, max: number) {
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

/**
 * The graph of a researcher's query for an export: every node, relationship and path the driver decoded, anywhere in
 * the rows (never a map, whatever its shape), plus the ends of returned relationships. No row cap: the whole result
 * is read, and an export over `maxExportNodes` nodes or `maxExportEdges` relationships is refused (413) before a
 * byte is written, rather than cut into a partial file.
 */
export async function graphOfQuery(
  db: Db,
  select: Extract<ExportSelection, { by: "query" }>,
  limits: ExportLimits,
  signal?: AbortSignal,
): Promise<WireGraph> {
  // Nodes go to their wire form as they arrive; relationships wait for every end to be in.
  const builder = createWireGraphBuilder();
  const relationships = new Map<string, PlainRelationship>();
  let over: "nodes" | "relationships" | null = null;
  await runReadOnly(
    db,
    select.query,
    select.params,
    { timeoutMs: limits.timeoutMs },
    {
      columns: () => {},
      record(record) {
        const found = collectGraphElements(record.map((v) => v));
        for (const n of found.nodes) if (!builder.hasNode(n.elementId)) builder.addNode(toPlain(n) as PlainNode);
        for (const r of found.relationships) {
          if (!relationships.has(r.elementId)) relationships.set(r.elementId, toPlain(r) as PlainRelationship);
        }
        if (builder.graph.nodes.length > limits.maxExportNodes) over = "nodes";
        else if (relationships.size > limits.maxExportEdges) over = "relationships";
        return over === null;
      },
    },
    signal,
  );
  const tooLarge = (what: "nodes" | "relationships") =>
    new ExportTooLargeError(
      what === "nodes" ? limits.maxExportNodes : limits.maxExportEdges,
      what,
      "add a LIMIT or a narrower MATCH",
    );
  if (over) throw tooLarge(over);
  const missing = new Set<string>();
  for (const r of relationships.values()) {
    for (const id of [r.startNodeElementId, r.endNodeElementId]) if (!builder.hasNode(id)) missing.add(id);
  }
  if (builder.graph.nodes.length + missing.size > limits.maxExportNodes) throw tooLarge("nodes");
  if (missing.size > 0) {
    const fetched = await db.read(cypher("read/nodes-by-element-ids"), { elementIds: [...missing] });
    for (const r of fetched.records) {
      const n = r.get("n") as Node;
      if (isNode(n)) builder.addNode(toPlain(n) as PlainNode);
    }
  }
  for (const r of relationships.values()) builder.addRelationship(r);
  return builder.graph;
}

/** Source ids cited by edges and by claim nodes, in order of first appearance. */
export function citedSourceIds(graph: WireGraph): string[] {
  const ids = new Set<string>();
  for (const e of graph.edges) for (const ev of e.attributes.evidence) ids.add(ev.sourceId);
  for (const n of graph.nodes) if (n.attributes.kind !== "entity") for (const s of n.attributes.sourceIds) ids.add(s);
  return [...ids];
}

/** How an export by query's graph is collected: graphOfQuery's contract, wherever it runs (a worker thread). */
export type QueryGraph = (
  select: Extract<ExportSelection, { by: "query" }>,
  limits: ExportLimits,
  signal?: AbortSignal,
) => Promise<WireGraph>;

export async function selectSubgraph(
  db: Db,
  select: ExportSelection,
  includeClaims: boolean,
  limits: ExportLimits,
  withSourceText: boolean,
  signal?: AbortSignal,
  queryGraph: QueryGraph = (s, l, sig) => graphOfQuery(db, s, l, sig),
): Promise<Subgraph> {
  let graph: WireGraph;
  if (select.by === "query") {
    graph = await queryGraph(select, limits, signal);
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
      elementIds = await neighborhood(db, start, select.depth, includeClaims, limits.maxExportNodes);
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
