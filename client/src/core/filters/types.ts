// Filter settings: which node types, relation types, sources, attributions and periods stay visible.
export interface MonthRange {
  /** Months since year 0 (year * 12 + month - 1), both ends inclusive. */
  from: number;
  to: number;
}

export interface FiltersState {
  /** Node types (entity labels, "Claim", "Source") the user switched off. */
  hiddenNodeTypes: string[];
  /** Relationship types the user switched off. */
  hiddenRelationTypes: string[];
  /** Keep only nodes and edges backed by these source documents; null keeps all. */
  sourceIds: string[] | null;
  /** Keep only claims stated by these entities (e.g. a newspaper a source cites); null keeps all. */
  attributedTo: string[] | null;
  /** Keep only claims whose period overlaps this range; null keeps all. */
  period: MonthRange | null;
  /** Keep claims that carry no period when a period range is set. */
  keepUndated: boolean;
  /** The evidence-strength highlight is on (the name is older than its second mode): see `supportHighlight`. */
  singleSourceOnly: boolean;
  /**
   * Which edges and claims the highlight marks while it is on: "single", those on one independent source (amber);
   * "multiple", those on two or more (green), the useful choice when nearly every edge rests on one source.
   */
  supportHighlight: SupportHighlight;
  /** Hide nodes left with no visible relationship by the other filters (e.g. after a relation filter). */
  hideIsolated: boolean;
}

export type SupportHighlight = "single" | "multiple";

/** Relationships (edges) counted by independent support: on one source (or none of their own), on two or more. */
export interface SupportCounts {
  total: number;
  single: number;
  several: number;
}

/** What the filters leave visible in the data graph. */
export interface VisibleSet {
  nodes: Set<string>;
  edges: Set<string>;
}

/** One bar of the timeline's histogram: the claims of the data graph whose period is exactly this one. */
export interface PeriodBar extends MonthRange {
  /** The period as the claims state it: "2025", "2024-Q4", "2025–2027". */
  label: string;
  /** How many claims carry this period. */
  count: number;
}
