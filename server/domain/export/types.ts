// What every export writer receives: the subgraph with its evidence and the bibliography of the sources it cites.
import type { CitedSource } from "../contracts/api";
import type { WireGraph } from "../contracts/wire";
import type { Evidence } from "../model/evidence";

export interface ExportSource extends CitedSource {
  /** Full text; only the Cypher script carries it, so the recreated graph keeps verifiable spans. */
  text?: string | undefined;
}

export interface ExportInput {
  graph: WireGraph;
  sources: ExportSource[];
  /** ISO timestamp of the export, written into every format's metadata. */
  generatedAt: string;
}

/** Writers yield text chunks, so the HTTP layer streams large exports instead of building one string. */
export type Chunks = Iterable<string | Uint8Array>;

export const GENERATOR = "kg-explorer";

/** Evidence lists of an edge or a claim node, or none. */
export function evidenceOf(attributes: Record<string, unknown>): Evidence[] {
  return Array.isArray(attributes.evidence) ? (attributes.evidence as Evidence[]) : [];
}
