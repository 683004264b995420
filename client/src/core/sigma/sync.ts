// Brings the sigma graph in line with the visual graph: drop what vanished, add what appeared, restyle the rest.
import type { VisualGraph } from "../appearance/utils";
import type { Point } from "../positions/types";
import { fallbackPosition } from "../positions/utils";
import type { SigmaGraph } from "./index";

export interface SyncResult {
  addedNodes: string[];
  /** Added nodes that had no known position and were put at a provisional spot. */
  unplaced: string[];
  removedNodes: string[];
  edgesChanged: boolean;
}

/** Whether bringing `target` in line with `visual` drops any node or edge (see withSigmaDetached for why it matters). */
export function dropsAny(target: SigmaGraph, visual: VisualGraph): boolean {
  if (target.order > visual.nodes.size || target.size > visual.edges.size) return true;
  return target.someNode((key) => !visual.nodes.has(key)) || target.someEdge((key) => !visual.edges.has(key));
}

/** Whether `current` already holds every attribute of `next` (the visual attributes are all primitives). */
function holds<A extends object>(current: A, next: Partial<A>): boolean {
  for (const k in next) if (current[k] !== next[k]) return false;
  return true;
}

export function syncSigmaGraph(
  target: SigmaGraph,
  visual: VisualGraph,
  positionOf: (key: string) => Point | undefined,
  remember: (key: string, point: Point) => void,
): SyncResult {
  const removedNodes: string[] = [];
  const addedNodes: string[] = [];
  const unplaced: string[] = [];
  let edgesChanged = false;
  target.forEachEdge((key) => {
    if (!visual.edges.has(key)) {
      target.dropEdge(key);
      edgesChanged = true;
    }
  });
  target.forEachNode((key, a) => {
    if (!visual.nodes.has(key)) {
      remember(key, { x: a.x, y: a.y });
      removedNodes.push(key);
    }
  });
  for (const key of removedNodes) target.dropNode(key);
  // Only what changed is merged: sigma, when attached, re-runs the reducers for every node or edge updated, and an
  // expansion of 25 neighbours leaves the other 20,000 nodes of an overview as they were.
  for (const [key, attributes] of visual.nodes) {
    if (target.hasNode(key)) {
      if (!holds(target.getNodeAttributes(key), attributes)) target.mergeNodeAttributes(key, attributes);
    } else {
      const known = positionOf(key);
      if (!known) unplaced.push(key);
      target.addNode(key, { ...attributes, ...(known ?? fallbackPosition(key)) });
      addedNodes.push(key);
    }
  }
  for (const [key, { source, target: end, attributes }] of visual.edges) {
    if (target.hasEdge(key)) {
      if (!holds(target.getEdgeAttributes(key), attributes)) target.mergeEdgeAttributes(key, attributes);
    } else {
      target.addEdgeWithKey(key, source, end, attributes);
      edgesChanged = true;
    }
  }
  return { addedNodes, unplaced, removedNodes, edgesChanged };
}
