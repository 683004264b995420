// Types of the client's data graph: what the API sent, as a graphology graph, plus what expansions added.

import type { WireEdgeAttributes, WireNodeAttributes } from "@domain/model";
import type { MultiDirectedGraph } from "graphology";

export type NodeData = WireNodeAttributes;
export type EdgeData = WireEdgeAttributes;
export type DataGraph = MultiDirectedGraph<NodeData, EdgeData>;

/** What one "expand" of a node brought in, so it can be paged ("show more") and collapsed. */
export interface Expansion {
  nodeId: string;
  /** Nodes that were not in the graph before this expansion. */
  addedNodes: string[];
  /** Neighbors fetched so far (the next page starts here). */
  loaded: number;
  /** Every neighbor the server knows of, when it says. */
  total: number | null;
  hasMore: boolean;
}

export type LoadStatus = "idle" | "loading" | "ready" | "error";

export interface GraphDataState {
  status: LoadStatus;
  error: string | null;
  /** Treated as immutable: every update returns a new graph. */
  graph: DataGraph;
  truncated: boolean;
  totals: { nodes: number; edges: number };
  expansions: Record<string, Expansion>;
}
