// Selection and hover: what the user clicked and what the pointer is over; reaches sigma only through reducers.
export type Selection = { kind: "node"; id: string } | { kind: "edge"; id: string } | null;

export interface SelectionState {
  selected: Selection;
  hoveredNode: string | null;
  hoveredEdge: string | null;
}
