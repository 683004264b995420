// Tracing: two chosen actors, the paths between them, and which one is shown.
import type { PathsResponse } from "@domain/contracts/api";

export interface TraceState {
  from: string | null;
  to: string | null;
  status: "idle" | "loading" | "ready" | "error";
  error: string | null;
  result: PathsResponse | null;
  /** Index of the shown path in result.paths. */
  active: number;
}

/** One hop of a traced path, ready to read out. */
export interface ChainStep {
  from: string;
  to: string;
  fromLabel: string;
  toLabel: string;
  relation: string;
  /** "forward" when the relation points from `from` to `to`. */
  direction: "forward" | "backward";
  quote: string | null;
  gloss: string | null;
  sourceId: string | null;
  /** Where the quote sits in its source. */
  span: { start: number; end: number } | null;
  edgeKey: string;
}
