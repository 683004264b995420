// The answer to a researcher's Cypher, built record by record within its caps: typed cells, and a graph of only the
// nodes and relationships the driver decoded. Pure: no I/O, so every cap is tested without Neo4j.

import type { CypherResponse, TruncatedReason } from "@domain/contracts/api";
import type { Cell } from "@domain/contracts/cell";
import type { WireGraph } from "@domain/contracts/wire";
import type { Record as Neo4jRecord, Node } from "neo4j-driver";
import { SUPPORT_BYTES } from "../corroboration/annotate";
import type { Corroboration } from "../corroboration/view";
import { type Admit, createWireGraphBuilder } from "../mappers/buildWireGraph";
import { collectGraphElements } from "../mappers/collect";
import type { PlainNode, PlainRelationship } from "../mappers/types";
import { boundedCell, toPlain } from "../neo4j/values";
import { jsonBytes } from "../text/jsonBytes";

export interface AnswerLimits {
  timeoutMs: number;
  maxRows: number;
  maxNodes: number;
  /** Bytes of the whole JSON answer (UTF-8), columns, rows, graph and limits together. */
  maxBytes: number;
}

/** A row's cells may take at most this share of the budget, split among the columns, so one row never fills it. */
export const ROW_SHARE = 4;

/** The most bytes one cell of a row with `columns` columns may take before it is omitted. */
export function maxCellBytes(maxBytes: number, columns: number): number {
  return Math.floor(maxBytes / (ROW_SHARE * Math.max(1, columns)));
}

export interface CypherAnswer {
  columns(columns: string[]): void;
  /** Adds a record's row and the graph elements it holds; false once the answer is full (stop reading). */
  record(record: Neo4jRecord): boolean;
  /** Element ids of relationship ends the graph lacks, as many as the node cap leaves room for. */
  missingEndpoints(): string[];
  /** Adds the fetched ends, then the relationships that waited for them. */
  endpoints(nodes: readonly Node[]): void;
  finish(): CypherResponse;
}

/**
 * Rows are added in the order Neo4j sends them, each with the nodes and relationships it brings in, while they fit:
 * the row cap (`rows`), the node cap (`nodes`: further nodes, and relationships to them, are left out of the graph
 * while rows still arrive) and the byte budget of the whole answer (`bytes`: a row that does not fit is not added
 * and ends the answer; a graph element that does not fit is left out and ends it after its row). A cell larger than
 * its share of the budget becomes an `Omitted` cell (reason `bytes`), so its row still arrives. `truncatedReason`
 * names the first cap the answer hit.
 */
export function createCypherAnswer(limits: AnswerLimits, corroboration: Corroboration | null): CypherAnswer {
  let columns: string[] = [];
  let cellMax = 0;
  const rows: Cell[][] = [];
  const builder = createWireGraphBuilder(corroboration);
  const waiting = new Map<string, PlainRelationship>();
  let reason: TruncatedReason | null = null;
  let full = false;
  let used = 0;

  const cut = (why: TruncatedReason) => {
    reason ??= why;
  };
  const envelope = (rowsOut: Cell[][], graph: WireGraph, why: TruncatedReason | null): CypherResponse => ({
    columns,
    rows: rowsOut,
    graph,
    truncated: why !== null,
    truncatedReason: why,
    limits: { ...limits },
  });
  /**
   * Takes an element's bytes (and its comma) from the budget, or says the answer is full. Without `corroboration` (in
   * a worker), also the bytes of the independent support the HTTP thread adds to it afterwards (`later`).
   */
  const admit =
    (count: () => number, later: (entry: Parameters<Admit>[0]) => number): Admit =>
    (entry) => {
      if (full) return false;
      const bytes = jsonBytes(entry) + (count() > 0 ? 1 : 0) + (corroboration ? 0 : later(entry));
      if (used + bytes > limits.maxBytes) {
        cut("bytes");
        full = true;
        return false;
      }
      used += bytes;
      return true;
    };
  const admitNode = admit(
    () => builder.graph.nodes.length,
    (entry) => (entry.attributes.kind === "claim" ? SUPPORT_BYTES.claim : 0),
  );
  const admitEdge = admit(
    () => builder.graph.edges.length,
    () => SUPPORT_BYTES.edge,
  );

  const addNode = (node: PlainNode) => {
    if (builder.hasNode(node.elementId)) return;
    if (builder.graph.nodes.length >= limits.maxNodes) return cut("nodes");
    builder.addNode(node, admitNode);
  };
  const addWaiting = () => {
    for (const [elementId, rel] of waiting) {
      if (full) return;
      if (!builder.hasNode(rel.startNodeElementId) || !builder.hasNode(rel.endNodeElementId)) continue;
      builder.addRelationship(rel, admitEdge);
      waiting.delete(elementId);
    }
  };

  return {
    columns(names) {
      columns = names;
      cellMax = maxCellBytes(limits.maxBytes, names.length);
      // The longest the answer's own fields can be, so the budget covers the answer exactly.
      used = jsonBytes(envelope([], builder.graph, "bytes"));
    },
    record(record) {
      if (full) return false;
      if (rows.length >= limits.maxRows) {
        cut("rows");
        return false;
      }
      const values = columns.map((_, i) => record.get(i));
      const cells: Cell[] = [];
      let bytes = 2 + Math.max(0, values.length - 1) + (rows.length > 0 ? 1 : 0);
      for (const value of values) {
        const bounded = boundedCell(value, cellMax);
        if (bounded.cell.$type === "Omitted") cut("bytes");
        cells.push(bounded.cell);
        bytes += bounded.bytes;
      }
      if (used + bytes > limits.maxBytes) {
        cut("bytes");
        full = true;
        return false;
      }
      rows.push(cells);
      used += bytes;
      const found = collectGraphElements(values);
      for (const node of found.nodes) addNode(toPlain(node) as PlainNode);
      for (const rel of found.relationships) {
        if (!waiting.has(rel.elementId)) waiting.set(rel.elementId, toPlain(rel) as PlainRelationship);
      }
      addWaiting();
      return !full;
    },
    missingEndpoints() {
      if (full) return [];
      const missing = new Set<string>();
      for (const rel of waiting.values()) {
        for (const id of [rel.startNodeElementId, rel.endNodeElementId]) if (!builder.hasNode(id)) missing.add(id);
      }
      const room = limits.maxNodes - builder.graph.nodes.length;
      if (missing.size > room) cut("nodes");
      return [...missing].slice(0, Math.max(0, room));
    },
    endpoints(nodes) {
      for (const node of nodes) addNode(toPlain(node) as PlainNode);
      addWaiting();
    },
    finish() {
      return envelope(rows, builder.graph, reason);
    },
  };
}
