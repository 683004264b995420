// Appearance settings: label language and what node size encodes; and the visual attributes sigma draws.
export type Language = "en" | "ar";
export type SizeBy = "degree" | "claims";

export interface AppearanceState {
  language: Language;
  sizeBy: SizeBy;
}

/** A node's look; positions are not part of it (they live in the sigma graph and the layout's memory). */
export interface VisualNode {
  size: number;
  color: string;
  label: string;
  /** Draw the label right-to-left (Arabic script). */
  rtl: boolean;
  kind: string;
  nodeType: string;
  /** A claim the evidence-strength highlight marks in its current mode (on one source, or on two or more). */
  supportMarked: boolean;
  /** Always label this node (e.g. the claims a filter narrowed the view to). */
  forceLabel: boolean;
}

export interface VisualEdge {
  size: number;
  color: string;
  label: string;
  type: "arrow" | "curvedArrow";
  curvature: number;
  relation: string;
  /** Marked by the evidence-strength highlight in its current mode (on one source, or on two or more). */
  supportMarked: boolean;
}
