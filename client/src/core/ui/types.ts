// UI-only state shared across panels: which tool tab is open, which side panels show, how tall the Cypher drawer is.
export type SidebarTab = "filters" | "claims" | "trace" | "layout" | "queries";

export interface PanelsState {
  /** The tools panel (filters, trace, layout, queries) on the left. */
  sidebarOpen: boolean;
  /** The user folded the details panel away although it has something to show. */
  detailsCollapsed: boolean;
  /** The Cypher drawer's height in CSS pixels, once the user resized it; null: the default share of the canvas. */
  drawerHeight: number | null;
}
