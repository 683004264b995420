// Export settings and progress: which part of the graph (view, selection, query result) in which format.
export type ExportScope = "view" | "selection" | "result";
export type DataFormat = "gexf" | "graphml" | "json" | "csv" | "cypher";
export type ImageFormat = "png" | "svg";
export type ClientExportFormat = DataFormat | ImageFormat;

export const DATA_FORMATS: readonly DataFormat[] = ["gexf", "graphml", "json", "csv", "cypher"];
export const IMAGE_FORMATS: readonly ImageFormat[] = ["png", "svg"];

export const isImageFormat = (f: ClientExportFormat): f is ImageFormat => f === "png" || f === "svg";

/** How a node is drawn: position in graph coordinates, colour and size; how an edge is drawn. */
export interface NodeLook {
  x: number;
  y: number;
  color: string;
  size: number;
}

export interface EdgeLook {
  color: string;
  size: number;
}

export interface ExportProgress {
  /** What is happening, e.g. "Writing GEXF". */
  phase: string;
  /** Fraction done in [0, 1], or null when unknown. */
  fraction: number | null;
}

export interface ExportState {
  open: boolean;
  scope: ExportScope;
  format: ClientExportFormat;
  status: "idle" | "running" | "done" | "error";
  progress: ExportProgress | null;
  /** The last file written, or the error. */
  message: string | null;
}
