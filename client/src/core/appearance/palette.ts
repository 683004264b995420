// Colours by node type: a fixed, colour-blind-aware palette for the model's types, a stable hash for any other.
// One palette for the canvas and the server's exports (server/domain/export/visual.ts).
export { colorForType, EDGE_COLOR } from "@domain/export/visual";
export const EDGE_SINGLE_SOURCE_COLOR = "#d97706";
/** Edges on two or more independent sources, when the highlight marks those instead (green, as "corroborated"). */
export const EDGE_MULTI_SOURCE_COLOR = "#059669";
export const DIMMED_NODE_COLOR = "#e5e7eb";
export const DIMMED_EDGE_COLOR = "#eef0f3";
export const HIGHLIGHT_COLOR = "#111827";
export const PATH_COLOR = "#dc2626";
/** The other listed paths of a trace: drawn, lighter than the one read out. */
export const OTHER_PATH_COLOR = "#fca5a5";
