// Pure updates of the export state.
import { type FileFormat, isImageFormat } from "@domain/export/formats";
import type { FigureScale } from "./figure";
import type { ExportProgress, ExportScope, ExportState } from "./types";

export function getEmptyExportState(): ExportState {
  return { open: false, scope: "view", format: "gexf", scale: 2, status: "idle", progress: null, message: null };
}

export const setScale =
  (scale: FigureScale) =>
  (state: ExportState): ExportState => ({ ...state, scale });

export const setExportOpen =
  (open: boolean) =>
  (state: ExportState): ExportState => ({ ...state, open });

/** Images are always of the drawn view, so choosing one moves the scope back to the view. */
export const setFormat =
  (format: FileFormat) =>
  (state: ExportState): ExportState => ({
    ...state,
    format,
    scope: isImageFormat(format) ? "view" : state.scope,
  });

export const setScope =
  (scope: ExportScope) =>
  (state: ExportState): ExportState =>
    isImageFormat(state.format) && scope !== "view" ? state : { ...state, scope };

export const exportStarted =
  (phase: string) =>
  (state: ExportState): ExportState => ({
    ...state,
    status: "running",
    progress: { phase, fraction: 0 },
    message: null,
  });

export const exportProgressed =
  (progress: ExportProgress) =>
  (state: ExportState): ExportState =>
    state.status === "running" ? { ...state, progress } : state;

export const exportFinished =
  (message: string) =>
  (state: ExportState): ExportState => ({
    ...state,
    status: "done",
    progress: null,
    message,
  });

export const exportFailed =
  (message: string) =>
  (state: ExportState): ExportState => ({
    ...state,
    status: "error",
    progress: null,
    message,
  });

/** "1.2 MB" */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
