// The export formats: for each, its writer, media type and file extension. File names are generated, never taken.
import type { ExportFormat } from "../contracts/api";
import type { Chunks, ExportInput } from "./types";
import { writeCsvZip } from "./writers/csv";
import { writeCypherScript } from "./writers/cypherScript";
import { writeGexf } from "./writers/gexf";
import { writeGraphml } from "./writers/graphml";
import { writeJson } from "./writers/json";

export interface FormatSpec {
  contentType: string;
  extension: string;
  write(input: ExportInput): Chunks;
  /** Whether the writer needs each cited source's full text. */
  needsSourceText: boolean;
}

export const FORMATS: Readonly<Record<ExportFormat, FormatSpec>> = {
  gexf: {
    contentType: "application/gexf+xml; charset=utf-8",
    extension: "gexf",
    write: writeGexf,
    needsSourceText: false,
  },
  graphml: {
    contentType: "application/graphml+xml; charset=utf-8",
    extension: "graphml",
    write: writeGraphml,
    needsSourceText: false,
  },
  json: { contentType: "application/json; charset=utf-8", extension: "json", write: writeJson, needsSourceText: false },
  csv: { contentType: "application/zip", extension: "zip", write: writeCsvZip, needsSourceText: false },
  cypher: {
    contentType: "application/x-cypher-query; charset=utf-8",
    extension: "cypher",
    write: writeCypherScript,
    needsSourceText: true,
  },
};

/** `kg-export-2026-11-28T10-15-00Z.gexf`: a timestamp, never anything the user sent. */
export function exportFileName(format: ExportFormat, at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/:/g, "-");
  return `kg-export-${stamp}.${FORMATS[format].extension}`;
}
