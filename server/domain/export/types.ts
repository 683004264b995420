// What every export writer receives: the subgraph with its evidence and the bibliography of the sources it cites.
import type { CitedSource } from "../contracts/api";
import type { WireGraph } from "../contracts/wire";
import type { Evidence } from "../model/evidence";
import type { SchemaPropertyTypes } from "./propertyTypes";

export interface ExportSource extends CitedSource {
  /** Full text; only the Cypher script carries it, so the recreated graph keeps verifiable spans. */
  text?: string | undefined;
}

/** A node or relationship as Neo4j stores it (plain values: safe integers as numbers, others as decimal strings). */
export interface StoredElement {
  labels: string[];
  properties: Record<string, unknown>;
}

/**
 * Every stored property of the exported elements, for the formats that rebuild a database (the Cypher script and the
 * neo4j-admin zip): nodes and relationships by their export key, and each cited source's whole `:Source` node.
 * Without it (the browser), those writers map the wire attributes back, which loses what the wire graph does not carry.
 */
export interface StoredElements {
  nodes: Map<string, StoredElement>;
  edges: Map<string, StoredElement>;
  sources: Map<string, StoredElement>;
}

/** What an export leaves out of what was asked, said in a header and in the file's metadata. */
export interface ExportNotice {
  /** Requested ids that name no node, at most `UNKNOWN_IDS_SHOWN` of them. */
  unknownIds: string[];
  /** How many requested ids name no node, all of them counted. */
  unknownCount: number;
}

/** How many unknown ids an export names in its header and metadata; the count is always whole. */
export const UNKNOWN_IDS_SHOWN = 20;

export interface ExportInput {
  graph: WireGraph;
  sources: ExportSource[];
  /** ISO timestamp of the export, written into every format's metadata. */
  generatedAt: string;
  /** Types db.schema reports for properties the domain does not know (server exports); absent in the browser. */
  schemaTypes?: SchemaPropertyTypes | undefined;
  /** Stored properties for the rebuilding formats (server exports). */
  stored?: StoredElements | undefined;
  /** The schema statements (cypher/schema.cypher) a rebuilt database needs, for the Cypher script and neo4j-admin. */
  schema?: string[] | undefined;
  notice?: ExportNotice | undefined;
}

/** Writers yield text chunks, so the HTTP layer streams large exports instead of building one string. */
export type Chunks = Iterable<string | Uint8Array>;

export const GENERATOR = "kg-explorer";

/** Evidence lists of an edge or a claim node, or none. */
export function evidenceOf(attributes: Record<string, unknown>): Evidence[] {
  return Array.isArray(attributes.evidence) ? (attributes.evidence as Evidence[]) : [];
}

/** A one-paragraph notice of what was left out, or "" when nothing was. */
export function noticeText(notice: ExportNotice | undefined): string {
  if (!notice || notice.unknownCount === 0) return "";
  const more = notice.unknownCount - notice.unknownIds.length;
  return (
    `Partial: ${notice.unknownCount} requested ${notice.unknownCount === 1 ? "id names" : "ids name"} no node and ` +
    `${notice.unknownCount === 1 ? "is" : "are"} not in this export: ${notice.unknownIds.join(", ")}` +
    `${more > 0 ? ` and ${more} more` : ""}.`
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The bibliography as plain text, one source a line: `[id] Title. Publisher, date. <url>`. */
export function bibliographyText(sources: readonly CitedSource[]): string {
  return sources
    .map((s) => {
      const tail = [s.publisher, s.date].filter((x) => x !== undefined && x !== "").join(", ");
      return `[${s.id}] ${s.title.replace(/\s+/g, " ")}.${tail ? ` ${tail}.` : ""}${s.url ? ` <${s.url}>` : ""}`;
    })
    .join("\n");
}

/**
 * The human-readable description every format's metadata carries: what the file is, the bibliography and any
 * notice. GEXF puts it in <meta><description>, which Gephi shows as the workspace description.
 */
export function exportDescription(input: ExportInput): string {
  const { nodes, edges } = input.graph;
  const head =
    `Sourced subgraph exported by ${GENERATOR} at ${input.generatedAt}: ${plural(nodes.length, "node")}, ` +
    `${plural(edges.length, "edge")}. Every edge and claim carries its evidence (source id, exact quote, ` +
    "[start, end) span in UTF-16 code " +
    "units, English gloss).";
  const notice = noticeText(input.notice);
  const bibliography = `Sources cited (${input.sources.length}):\n${bibliographyText(input.sources)}`;
  return [head, notice, bibliography].filter((p) => p !== "").join("\n\n");
}
