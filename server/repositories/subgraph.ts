// A subgraph chosen for export: by node ids, by a read-only query, or a node's neighborhood, with its bibliography.

import type { ExportSelection } from "@domain/contracts/api";
import type { WireGraph } from "@domain/contracts/wire";
import {
  type ExportNotice,
  type ExportSource,
  type StoredElement,
  type StoredElements,
  UNKNOWN_IDS_SHOWN,
} from "@domain/export/types";
import { isNode, type Node } from "neo4j-driver";
import { withIndependentSupport } from "../corroboration/annotate";
import type { Corroboration } from "../corroboration/view";
import { runReadOnly } from "../cypherGate/runReadOnly";
import { KgError } from "../errors";
import { createWireGraphBuilder } from "../mappers/buildWireGraph";
import { collectGraphElements } from "../mappers/collect";
import { edgeAttributes } from "../mappers/edges";
import type { PlainNode, PlainRelationship } from "../mappers/types";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { toPlain } from "../neo4j/values";
import { corroborationOf } from "./corroboration";
import { NotFoundError } from "./errors";
import { field, int, plainNode, plainRelationship } from "./rows";
import { citation, loadSources } from "./sourceTexts";
import { streamRecords } from "./streamRecords";

export interface Subgraph {
  graph: WireGraph;
  /** Every source that a node, edge or claim of the subgraph cites: the export's bibliography. */
  sources: ExportSource[];
  /** Every stored property of the exported elements and cited sources, when asked for (rebuilding formats). */
  stored?: StoredElements | undefined;
  /** Requested ids that name no node (by ids). */
  notice?: ExportNotice | undefined;
}

/** Plain nodes and relationships in the order the builder took them, so each lines up with its wire element. */
export interface Taken {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

export interface ExportLimits {
  /** Transaction timeout of an export by query. */
  timeoutMs: number;
  maxExportNodes: number;
  /** Relationships an export by query may hold. */
  maxExportEdges: number;
}

/** An export by query's graph, with its elements' stored properties when a rebuilding format asked for them. */
export interface QueryGraphResult {
  graph: WireGraph;
  taken?: Taken | undefined;
}

/** How an export by query's graph is collected: graphOfQuery's contract, wherever it runs (a worker thread). */
export type QueryGraph = (
  select: Extract<ExportSelection, { by: "query" }>,
  limits: ExportLimits,
  withStored: boolean,
  signal?: AbortSignal,
) => Promise<QueryGraphResult>;

/** A selection with nothing to export: never an empty file. */
export class ExportEmptyError extends KgError {
  constructor(message: string) {
    super("EXPORT_EMPTY", message);
  }
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
async function inducedGraph(
  db: Db,
  elementIds: string[],
  corroboration: Corroboration,
  taken: Taken | undefined,
  signal?: AbortSignal,
): Promise<WireGraph> {
  const builder = createWireGraphBuilder(corroboration);
  const edges: { ends: PlainRelationship; attributes: ReturnType<typeof edgeAttributes> }[] = [];
  await Promise.all([
    streamRecords(
      db,
      cypher("export/nodes"),
      { elementIds },
      (record) => {
        const node = plainNode(record.get("n"));
        if (builder.addNode(node)) taken?.nodes.push(node);
      },
      signal,
    ),
    streamRecords(
      db,
      cypher("export/edges"),
      { elementIds },
      (record) => {
        const rel = plainRelationship(record.get("r"));
        // Properties are kept only when the stored form is asked for: the wire attributes hold what the rest need.
        edges.push({ ends: taken ? rel : { ...rel, properties: {} }, attributes: edgeAttributes(rel, corroboration) });
      },
      signal,
    ),
  ]);
  for (const e of edges)
    if (builder.addRelationship(e.ends, undefined, e.attributes)) taken?.relationships.push(e.ends);
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
  withStored: boolean,
  signal?: AbortSignal,
): Promise<QueryGraphResult> {
  const taken: Taken | undefined = withStored ? { nodes: [], relationships: [] } : undefined;
  // Nodes go to their wire form as they arrive; relationships wait for every end to be in. Run in a worker thread:
  // independent support is added by the caller, in the thread that holds the corroboration view.
  const builder = createWireGraphBuilder(null);
  const relationships = new Map<string, PlainRelationship>();
  let over: "nodes" | "relationships" | null = null;
  let rows = 0;
  let columns: string[] = [];
  await runReadOnly(
    db,
    select.query,
    select.params,
    { timeoutMs: limits.timeoutMs },
    {
      columns: (names) => {
        columns = names;
      },
      record(record) {
        rows++;
        const found = collectGraphElements(record.map((v) => v));
        for (const n of found.nodes) {
          const node = toPlain(n) as PlainNode;
          if (!builder.hasNode(n.elementId) && builder.addNode(node)) taken?.nodes.push(node);
        }
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
  if (builder.graph.nodes.length === 0 && relationships.size === 0) {
    throw new ExportEmptyError(
      rows === 0
        ? "The query returned no rows, so there is nothing to export."
        : `The query returned ${rows} row${rows === 1 ? "" : "s"} but no node, relationship or path (columns: ` +
            `${columns.join(", ")}): exports hold graph elements only. Return the nodes, relationships or paths ` +
            "themselves (e.g. RETURN n, r, m rather than n.name), or run it in the Cypher workspace for a table.",
    );
  }
  const missing = new Set<string>();
  for (const r of relationships.values()) {
    for (const id of [r.startNodeElementId, r.endNodeElementId]) if (!builder.hasNode(id)) missing.add(id);
  }
  if (builder.graph.nodes.length + missing.size > limits.maxExportNodes) throw tooLarge("nodes");
  if (missing.size > 0) {
    const fetched = await db.read(cypher("read/nodes-by-element-ids"), { elementIds: [...missing] });
    for (const r of fetched.records) {
      const n = r.get("n") as Node;
      if (isNode(n)) {
        const node = toPlain(n) as PlainNode;
        if (builder.addNode(node)) taken?.nodes.push(node);
      }
    }
  }
  for (const r of relationships.values()) if (builder.addRelationship(r)) taken?.relationships.push(r);
  return { graph: builder.graph, taken };
}

/**
 * Source ids cited anywhere in the graph, in order of first appearance: by edges' evidence, by claims' evidence, by
 * the sources that define or mention an entity (its sourceIds), and by a source node itself.
 */
export function citedSourceIds(graph: WireGraph): string[] {
  const ids = new Set<string>();
  for (const e of graph.edges) for (const ev of e.attributes.evidence) ids.add(ev.sourceId);
  for (const n of graph.nodes) for (const s of n.attributes.sourceIds) ids.add(s);
  return [...ids];
}

/** The notice for ids that name no node: all counted, the first UNKNOWN_IDS_SHOWN named, in the order given. */
export function unknownIdsNotice(requested: readonly string[], found: readonly string[]): ExportNotice | undefined {
  const known = new Set(found);
  const unknown = [...new Set(requested.filter((id) => !known.has(id)))];
  if (unknown.length === 0) return undefined;
  return { unknownIds: unknown.slice(0, UNKNOWN_IDS_SHOWN), unknownCount: unknown.length };
}

/** Stored elements keyed like the wire graph: the builder took them in the order of graph.nodes and graph.edges. */
function storedElements(graph: WireGraph, taken: Taken, sources: StoredElement[]): StoredElements {
  const nodes = new Map<string, StoredElement>();
  graph.nodes.forEach((n, i) => {
    const p = taken.nodes[i];
    if (p) nodes.set(n.key, { labels: p.labels, properties: p.properties });
  });
  const edges = new Map<string, StoredElement>();
  graph.edges.forEach((e, i) => {
    const r = taken.relationships[i];
    if (r) edges.set(e.key, { labels: [r.type], properties: r.properties });
  });
  const byId = new Map<string, StoredElement>();
  for (const s of sources) if (typeof s.properties.id === "string") byId.set(s.properties.id, s);
  return { nodes, edges, sources: byId };
}

async function storedSources(db: Db, ids: string[]): Promise<StoredElement[]> {
  if (ids.length === 0) return [];
  const result = await db.read(cypher("export/source-nodes"), { ids });
  return result.records.map((r) => {
    const n = toPlain(r.get("s")) as PlainNode;
    return { labels: n.labels, properties: n.properties };
  });
}

/**
 * The subgraph an export holds, its bibliography (every source a node, edge or claim cites) and, for the formats
 * that rebuild a database (`withStored`), every stored property of its elements and cited sources. Throws
 * NotFoundError (404) when no requested id names a node, ExportEmptyError (422) when a query returns no graph
 * element, ExportTooLargeError (413) over the caps; ids that name nothing beside known ones are a notice.
 */
export async function selectSubgraph(
  db: Db,
  select: ExportSelection,
  includeClaims: boolean,
  limits: ExportLimits,
  withSourceText: boolean,
  signal?: AbortSignal,
  withStored = false,
  queryGraph: QueryGraph = (s, l, w, sig) => graphOfQuery(db, s, l, w, sig),
): Promise<Subgraph> {
  let graph: WireGraph;
  let notice: ExportNotice | undefined;
  let taken: Taken | undefined = withStored ? { nodes: [], relationships: [] } : undefined;
  // Independent support is computed, never stored: every export reads it from the one view the API reads.
  const corroboration = await corroborationOf(db);
  if (select.by === "query") {
    // Collected in a worker thread, which knows no corroboration: its support is added here, in this thread.
    const collected = await queryGraph(select, limits, withStored, signal);
    graph = withIndependentSupport(collected.graph, corroboration);
    taken = collected.taken;
  } else {
    let elementIds: string[];
    if (select.by === "ids") {
      const resolved = await elementIdsOf(db, select.ids);
      if (resolved.found.length === 0) {
        const shown = select.ids.slice(0, UNKNOWN_IDS_SHOWN).join(", ");
        throw new NotFoundError("node", `${shown}${select.ids.length > UNKNOWN_IDS_SHOWN ? ", …" : ""}`);
      }
      notice = unknownIdsNotice(select.ids, resolved.found);
      elementIds = resolved.elementIds;
    } else {
      const resolved = await elementIdsOf(db, [select.id]);
      const start = resolved.elementIds[0];
      if (start === undefined) throw new NotFoundError("node", select.id);
      elementIds = await neighborhood(db, start, select.depth, includeClaims, limits.maxExportNodes);
    }
    if (includeClaims && select.by === "ids") elementIds = await withClaims(db, elementIds);
    if (elementIds.length > limits.maxExportNodes) throw new ExportTooLargeError(limits.maxExportNodes);
    graph = await inducedGraph(db, elementIds, corroboration, taken, signal);
  }
  const cited = citedSourceIds(graph);
  const sources = await loadSources(db, cited, withSourceText);
  const stored = taken ? storedElements(graph, taken, await storedSources(db, cited)) : undefined;
  return {
    graph,
    sources: [...sources.values()].map((s) => ({ ...citation(s), ...(withSourceText ? { text: s.text } : {}) })),
    stored,
    notice,
  };
}
