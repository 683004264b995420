// Export settings and progress: which part of the graph (view, selection, query result) in which format.
import type { FileFormat } from "@domain/export/formats";
import type { FigureScale } from "./figure";

export type ExportScope = "view" | "selection" | "result";

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
  format: FileFormat;
  /** How many times the 1,200-pixel frame a PNG figure is drawn at. */
  scale: FigureScale;
  status: "idle" | "running" | "done" | "error";
  progress: ExportProgress | null;
  /** The last file written, or the error. */
  message: string | null;
}
