// Colours by node type: a fixed, colour-blind-aware palette for the model's types, a stable hash for any other.
const KNOWN: Record<string, string> = {
  Organization: "#2563eb",
  Person: "#db2777",
  Government: "#b91c1c",
  Country: "#ea580c",
  AIModel: "#7c3aed",
  Product: "#0891b2",
  Project: "#059669",
  Report: "#92400e",
  Policy: "#be123c",
  Media: "#4d7c0f",
  Technology: "#0d9488",
  Sector: "#ca8a04",
  Commodity: "#64748b",
  Claim: "#a8a29e",
  Source: "#1f2937",
};

const EXTRA = ["#9333ea", "#0369a1", "#c2410c", "#15803d", "#a21caf", "#4338ca", "#b45309", "#0f766e"];

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function colorForType(type: string): string {
  return KNOWN[type] ?? EXTRA[hash(type) % EXTRA.length] ?? "#6b7280";
}

export const EDGE_COLOR = "#b8bec8";
export const EDGE_SINGLE_SOURCE_COLOR = "#d97706";
export const DIMMED_NODE_COLOR = "#e5e7eb";
export const DIMMED_EDGE_COLOR = "#eef0f3";
export const HIGHLIGHT_COLOR = "#111827";
export const PATH_COLOR = "#dc2626";
/** The other listed paths of a trace: drawn, lighter than the one read out. */
export const OTHER_PATH_COLOR = "#fca5a5";
