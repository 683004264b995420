// Every file the explorer writes: its media type and extension, the data formats' writers, and generated file names.
import type { ExportFormat } from "../contracts/api";
import type { Chunks, ExportInput } from "./types";
import { writeCsvZip } from "./writers/csv";
import { writeCypherScript } from "./writers/cypherScript";
import { writeGexf } from "./writers/gexf";
import { writeGraphml } from "./writers/graphml";
import { writeJson } from "./writers/json";
import { writeNeo4jAdminZip } from "./writers/neo4jAdmin";

/** Images the browser draws from the canvas; the data formats (ExportFormat) are written on both sides. */
export type ImageFormat = "png" | "svg";

/** Any file an export gives: a data format (server or browser) or an image (browser). */
export type FileFormat = ExportFormat | ImageFormat;

export const isImageFormat = (format: FileFormat): format is ImageFormat => format === "png" || format === "svg";

export interface FileType {
  /** The Content-Type header on the server, the Blob type in the browser. */
  contentType: string;
  extension: string;
}

/** Media type and file extension of each format, the one table both sides read. */
export const FILE_TYPES: Readonly<Record<FileFormat, FileType>> = {
  gexf: { contentType: "application/gexf+xml; charset=utf-8", extension: "gexf" },
  graphml: { contentType: "application/graphml+xml; charset=utf-8", extension: "graphml" },
  json: { contentType: "application/json; charset=utf-8", extension: "json" },
  csv: { contentType: "application/zip", extension: "zip" },
  cypher: { contentType: "application/x-cypher-query; charset=utf-8", extension: "cypher" },
  "neo4j-admin": { contentType: "application/zip", extension: "neo4j-admin.zip" },
  png: { contentType: "image/png", extension: "png" },
  svg: { contentType: "image/svg+xml", extension: "svg" },
};

export interface FormatSpec extends FileType {
  write(input: ExportInput): Chunks;
  /** Whether the writer needs each cited source's full text. */
  needsSourceText: boolean;
  /** Whether the writer rebuilds a database, so needs every stored property (ExportInput.stored) and the schema. */
  needsStored: boolean;
}

/** The data formats with their writers, as the server runs them. */
export const FORMATS: Readonly<Record<ExportFormat, FormatSpec>> = {
  gexf: { ...FILE_TYPES.gexf, write: writeGexf, needsSourceText: false, needsStored: false },
  graphml: { ...FILE_TYPES.graphml, write: writeGraphml, needsSourceText: false, needsStored: false },
  json: { ...FILE_TYPES.json, write: writeJson, needsSourceText: false, needsStored: false },
  csv: { ...FILE_TYPES.csv, write: writeCsvZip, needsSourceText: false, needsStored: false },
  cypher: { ...FILE_TYPES.cypher, write: writeCypherScript, needsSourceText: true, needsStored: true },
  "neo4j-admin": { ...FILE_TYPES["neo4j-admin"], write: writeNeo4jAdminZip, needsSourceText: true, needsStored: true },
};

/** `kg-export-2026-11-28T10-15-00Z.gexf`: a timestamp (UTC, to the second), never anything the user sent. */
export function exportFileName(format: FileFormat, at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/:/g, "-");
  return `kg-export-${stamp}.${FILE_TYPES[format].extension}`;
}
