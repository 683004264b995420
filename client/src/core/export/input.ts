// Builds what the export writers take from the client's data: the chosen nodes and edges, how they are drawn, and the bibliography.
import type { CitedSource, SourceSummary } from "@domain/contracts/api";
import type { WireGraph } from "@domain/contracts/wire";
import type { ExportInput } from "@domain/export/types";
import { evidenceOf } from "@domain/export/types";
import type { EdgeLook, NodeLook } from "./types";

/** How each exported node and edge is drawn, when it is drawn. */
export interface Looks {
  node(key: string, attributes: Readonly<Record<string, unknown>>): Partial<NodeLook> | undefined;
  edge(key: string): EdgeLook | undefined;
}

export const NO_LOOKS: Looks = { node: () => undefined, edge: () => undefined };

/** Ids of the sources the nodes' and edges' evidence cites, in order of first citation. */
export function citedSourceIds(graph: WireGraph): string[] {
  const ids = new Set<string>();
  const add = (attributes: Record<string, unknown>) => {
    for (const e of evidenceOf(attributes)) ids.add(e.sourceId);
  };
  for (const n of graph.nodes) add(n.attributes);
  for (const e of graph.edges) add(e.attributes);
  return [...ids];
}

/** The bibliography: every cited source with its metadata when the server listed it, else its id. */
export function bibliography(ids: readonly string[], known: readonly SourceSummary[]): CitedSource[] {
  const byId = new Map(known.map((s) => [s.id, s]));
  return ids.map((id) => {
    const s = byId.get(id);
    if (!s) return { id, title: id };
    const out: CitedSource = { id, title: s.title };
    if (s.publisher !== undefined) out.publisher = s.publisher;
    if (s.url !== undefined) out.url = s.url;
    if (s.language !== undefined) out.language = s.language;
    if (s.date !== undefined) out.date = s.date;
    return out;
  });
}

/** A wire graph keeping only `nodes` (and the edges between them, when listed in `edges` or when `edges` is null). */
export function subgraph(graph: WireGraph, nodes: ReadonlySet<string>, edges: ReadonlySet<string> | null): WireGraph {
  return {
    ...graph,
    nodes: graph.nodes.filter((n) => nodes.has(n.key)),
    edges: graph.edges.filter(
      (e) => nodes.has(e.source) && nodes.has(e.target) && (edges === null || edges.has(e.key)),
    ),
  };
}

/** Adds position, colour and size to every node and edge that is drawn. */
export function withLooks(graph: WireGraph, looks: Looks): WireGraph {
  return {
    ...graph,
    nodes: graph.nodes.map((n) => {
      const look = looks.node(n.key, n.attributes);
      return look ? { ...n, attributes: { ...n.attributes, ...look } } : n;
    }),
    edges: graph.edges.map((e) => {
      const look = looks.edge(e.key);
      return look ? { ...e, attributes: { ...e.attributes, ...look } } : e;
    }),
  };
}

export function buildExportInput(
  graph: WireGraph,
  looks: Looks,
  sources: readonly SourceSummary[],
  generatedAt: string,
): ExportInput {
  return {
    graph: withLooks(graph, looks),
    sources: bibliography(citedSourceIds(graph), sources),
    generatedAt,
  };
}
