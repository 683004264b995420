// Writes an export file with the server's pure writers (one GEXF/GraphML/JSON/CSV/Cypher writer for both sides), reporting progress.

import type { ExportFormat } from "@domain/contracts/api";
import { FILE_TYPES } from "@domain/export/formats";
import type { ExportInput } from "@domain/export/types";
import { writeCsvZip } from "@domain/export/writers/csv";
import { writeCypherScript } from "@domain/export/writers/cypherScript";
import { hexToRgb, writeGexf } from "@domain/export/writers/gexf";
import { writeGraphml } from "@domain/export/writers/graphml";
import { writeJson } from "@domain/export/writers/json";
import { writeNeo4jAdminZip } from "@domain/export/writers/neo4jAdmin";

export type Part = string | Uint8Array;

export interface WrittenFile {
  parts: Part[];
  /** The Blob type (FILE_TYPES in the shared room). */
  contentType: string;
  extension: string;
}

const LOOK_KEYS = ["x", "y", "color", "size"] as const;

/** The input without drawing attributes (a Cypher script recreates data, not a picture). */
export function withoutLooks(input: ExportInput): ExportInput {
  const strip = (a: Record<string, unknown>) => {
    const out = { ...a };
    for (const k of LOOK_KEYS) delete out[k];
    return out;
  };
  return {
    ...input,
    graph: {
      ...input.graph,
      nodes: input.graph.nodes.map((n) => ({ ...n, attributes: strip(n.attributes) as typeof n.attributes })),
      edges: input.graph.edges.map((e) => ({ ...e, attributes: strip(e.attributes) as typeof e.attributes })),
    },
  };
}

/** Adds r, g and b next to a #rrggbb `color`: the attribute names Gephi's GraphML importer reads as a colour. */
export function withRgb(input: ExportInput): ExportInput {
  const rgb = <A extends Record<string, unknown>>(a: A): A => {
    const c = hexToRgb(a.color);
    return c ? { ...a, ...c } : a;
  };
  return {
    ...input,
    graph: {
      ...input.graph,
      nodes: input.graph.nodes.map((n) => ({ ...n, attributes: rgb(n.attributes) })),
      edges: input.graph.edges.map((e) => ({ ...e, attributes: rgb(e.attributes) })),
    },
  };
}

/** Collects a writer's chunks, telling how far it got out of about `expected` chunks. */
function drain(chunks: Iterable<Part>, expected: number, onProgress: (fraction: number) => void): Part[] {
  const parts: Part[] = [];
  const every = Math.max(1, Math.floor(expected / 100));
  for (const chunk of chunks) {
    parts.push(chunk);
    if (parts.length % every === 0) onProgress(Math.min(0.99, parts.length / expected));
  }
  onProgress(1);
  return parts;
}

/** Writes one data format; `onProgress` gets the fraction done. */
export function writeDataFile(
  format: ExportFormat,
  input: ExportInput,
  onProgress: (fraction: number) => void = () => {},
): WrittenFile {
  const { nodes, edges } = input.graph;
  const elements = nodes.length + edges.length;
  const { contentType, extension } = FILE_TYPES[format];
  let parts: Part[];
  switch (format) {
    case "gexf":
      parts = [
        ...writeGexf(input, {
          onProgress: (done, total) => onProgress(total === 0 ? 1 : done / total),
          progressEvery: Math.max(100, Math.floor(elements / 100)),
        }),
      ];
      onProgress(1);
      break;
    case "graphml":
      parts = drain(writeGraphml(withRgb(input)), elements + 8, onProgress);
      break;
    case "json":
      parts = drain(writeJson(input), elements + 4, onProgress);
      break;
    case "csv":
      parts = drain(writeCsvZip(input), Math.ceil(elements / 500) + 6, onProgress);
      break;
    case "cypher":
      parts = drain(writeCypherScript(withoutLooks(input)), nodes.length + 2 * edges.length + 8, onProgress);
      break;
    case "neo4j-admin":
      parts = drain(writeNeo4jAdminZip(withoutLooks(input)), Math.ceil(elements / 500) + 12, onProgress);
      break;
  }
  return { parts, contentType, extension };
}
