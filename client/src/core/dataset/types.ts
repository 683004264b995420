// Types of the client's data graph: what the API sent, as a graphology graph, plus what expansions added.

import type { WireEdgeAttributes, WireNodeAttributes } from "@domain/model";
import type { MultiDirectedGraph } from "graphology";
import { z } from "zod";

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

const nodeId = z.string().min(1).max(400);

/** A Cypher query that built the canvas: "replace" started from it alone, "add" merged it into what was there. */
export const QueryStep = z.object({
  kind: z.literal("query").optional(),
  query: z.string().min(1).max(20_000),
  params: z.record(z.string(), z.unknown()),
  mode: z.enum(["replace", "add"]),
});
export type QueryStep = z.infer<typeof QueryStep>;

/**
 * A page of a node's neighbors: "replace" is Focus (the node and its first page alone), "add" an expansion, a "show
 * more" (`offset` > 0) or a search hit brought onto the canvas.
 */
export const NeighborsStep = z.object({
  kind: z.literal("neighbors"),
  id: nodeId,
  mode: z.enum(["replace", "add"]),
  offset: z.number().int().min(0).max(1_000_000),
});
export type NeighborsStep = z.infer<typeof NeighborsStep>;

/** What an expansion of the node added, removed again. */
export const CollapseStep = z.object({ kind: z.literal("collapse"), id: nodeId });
export type CollapseStep = z.infer<typeof CollapseStep>;

/** The nodes and edges of the paths traced between two entities, added to the canvas. */
export const PathsStep = z.object({ kind: z.literal("paths"), from: nodeId, to: nodeId });
export type PathsStep = z.infer<typeof PathsStep>;

/** One step of how the canvas was built, as a link records it (a query step may omit its kind: older links). */
export const CanvasStep = z.union([NeighborsStep, CollapseStep, PathsStep, QueryStep]);
export type CanvasStep = z.infer<typeof CanvasStep>;

/** At most this many steps are kept (and written into a link); past it the oldest go. */
export const MAX_STEPS = 30;
export const CanvasSteps = z.array(CanvasStep).max(MAX_STEPS);

export interface GraphDataState {
  status: LoadStatus;
  error: string | null;
  /** Treated as immutable: every update returns a new graph. */
  graph: DataGraph;
  truncated: boolean;
  totals: { nodes: number; edges: number };
  expansions: Record<string, Expansion>;
  /** How this canvas was built, from the overview (empty) or from the last step that replaced it. */
  steps: CanvasStep[];
}
