// Pure selection updates, and the node/edge reducers that turn hover, selection and a traced path into display data.

import { LABEL_RANK, type LabelRank } from "../appearance/labelPlacement";
import {
  DIMMED_EDGE_COLOR,
  DIMMED_NODE_COLOR,
  HIGHLIGHT_COLOR,
  OTHER_PATH_COLOR,
  PATH_COLOR,
} from "../appearance/palette";
import type { VisualEdge, VisualNode } from "../appearance/types";
import type { Selection, SelectionState } from "./types";

export function getEmptySelectionState(): SelectionState {
  return { selected: null, hoveredNode: null, hoveredEdge: null };
}

export const select = (selected: Selection) => (state: SelectionState) => ({ ...state, selected });
export const clearSelection = () => (state: SelectionState) => ({ ...state, selected: null });
export const hoverNode = (hoveredNode: string | null) => (state: SelectionState) => ({ ...state, hoveredNode });
export const hoverEdge = (hoveredEdge: string | null) => (state: SelectionState) => ({ ...state, hoveredEdge });

/** Drops a selection whose node or edge no longer exists (after a collapse, undo or filter). */
export const pruneSelection =
  (exists: { node: (id: string) => boolean; edge: (id: string) => boolean }) => (state: SelectionState) => {
    const s = state.selected;
    const keep = !s || (s.kind === "node" ? exists.node(s.id) : exists.edge(s.id));
    const hoveredNode = state.hoveredNode && exists.node(state.hoveredNode) ? state.hoveredNode : null;
    const hoveredEdge = state.hoveredEdge && exists.edge(state.hoveredEdge) ? state.hoveredEdge : null;
    if (keep && hoveredNode === state.hoveredNode && hoveredEdge === state.hoveredEdge) return state;
    return { selected: keep ? s : null, hoveredNode, hoveredEdge };
  };

/** Everything the reducers need, computed once per change rather than per node. */
export interface HighlightContext {
  /** The node whose neighborhood is emphasised: the hovered one, else the selected one. */
  focus: string | null;
  hoveredNode: string | null;
  focusNeighbors: ReadonlySet<string>;
  selectedNode: string | null;
  selectedEdge: string | null;
  selectedEdgeEnds: ReadonlySet<string>;
  hoveredEdge: string | null;
  /** A traced path, when one is shown. */
  pathNodes: ReadonlySet<string> | null;
  pathEdges: ReadonlySet<string> | null;
  /** The edges of the other listed paths (alternatives), drawn too but more quietly; null when none. */
  otherPathEdges: ReadonlySet<string> | null;
  singleSourceOnly: boolean;
}

export interface NodeDisplay extends Partial<VisualNode> {
  highlighted?: boolean;
  /** Who wins the room for labels (core/sigma/labelPlacement.ts): selected, hovered, emphasised, entity, claim. */
  labelRank?: LabelRank;
  zIndex?: number;
  forceLabel?: boolean;
  hidden?: boolean;
}

export interface EdgeDisplay extends Partial<Omit<VisualEdge, "label">> {
  label?: string | null;
  zIndex?: number;
  forceLabel?: boolean;
  hidden?: boolean;
}

const sameSet = (a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean => {
  if (a === b) return true;
  if (a === null || b === null || a.size !== b.size) return false;
  for (const k of a) if (!b.has(k)) return false;
  return true;
};

/**
 * Which nodes' display data going from `prev` to `next` changes, edges' never included: none (the same emphasis, e.g.
 * the selected node clicked again); a few, when the focus stayed and only who is hovered or who neighbours the focus
 * changed (the pointer entering the selected node; an expansion of the focus, whose new neighbours sigma added under
 * the old context): those nodes, as nodeDisplay reads no more of the context for them; or "all", every node and
 * edge. A restyle of 20,000 nodes takes a second or more on software WebGL, so the first two must not cost one.
 */
export function restyleScope(prev: HighlightContext, next: HighlightContext): "all" | string[] {
  if (
    prev.focus !== next.focus ||
    prev.selectedNode !== next.selectedNode ||
    prev.selectedEdge !== next.selectedEdge ||
    prev.hoveredEdge !== next.hoveredEdge ||
    prev.singleSourceOnly !== next.singleSourceOnly ||
    !sameSet(prev.selectedEdgeEnds, next.selectedEdgeEnds) ||
    !sameSet(prev.pathNodes, next.pathNodes) ||
    !sameSet(prev.pathEdges, next.pathEdges) ||
    !sameSet(prev.otherPathEdges, next.otherPathEdges)
  )
    return "all";
  const nodes = new Set<string>();
  if (!sameSet(prev.focusNeighbors, next.focusNeighbors)) {
    for (const k of prev.focusNeighbors) if (!next.focusNeighbors.has(k)) nodes.add(k);
    for (const k of next.focusNeighbors) if (!prev.focusNeighbors.has(k)) nodes.add(k);
  }
  if (prev.hoveredNode !== next.hoveredNode) {
    if (prev.hoveredNode !== null) nodes.add(prev.hoveredNode);
    if (next.hoveredNode !== null) nodes.add(next.hoveredNode);
  }
  return [...nodes];
}

/** Whether two contexts emphasise exactly the same (restyleScope finds nothing to redraw). */
export const sameHighlight = (a: HighlightContext, b: HighlightContext): boolean => {
  const scope = restyleScope(a, b);
  return scope !== "all" && scope.length === 0;
};

/** Nothing hovered, selected, traced or emphasised: the reducers would change nothing sigma draws. */
export function isNeutral(ctx: HighlightContext): boolean {
  return (
    ctx.focus === null &&
    ctx.selectedNode === null &&
    ctx.selectedEdge === null &&
    ctx.hoveredEdge === null &&
    ctx.pathNodes === null &&
    ctx.pathEdges === null &&
    !ctx.singleSourceOnly
  );
}

/**
 * Whether sigma needs the reducers. On a large graph (no edge labels drawn) a neutral context leaves every node and
 * edge as it is, so sigma can skip two calls and two copies per element when it indexes 300,000 of them.
 */
export function needsReducers(large: boolean, ctx: HighlightContext): boolean {
  return !large || !isNeutral(ctx);
}

/**
 * A node's display data under `ctx`. Written into `into` when given (sigma's reducers pass the shallow copy sigma made
 * for them, so the display data is not copied a second time for each of 100,000 nodes), else into a copy of `data`.
 */
export function nodeDisplay(key: string, data: VisualNode, ctx: HighlightContext, into?: VisualNode): NodeDisplay {
  const out: NodeDisplay = into ?? { ...data };
  out.zIndex = 1;
  const onPath = ctx.pathNodes?.has(key) ?? false;
  const inFocus = ctx.focus !== null && (key === ctx.focus || ctx.focusNeighbors.has(key));
  const inEdge = ctx.selectedEdgeEnds.has(key);
  const emphasised = onPath || inFocus || inEdge || key === ctx.selectedNode;
  const somethingEmphasised = ctx.pathNodes !== null || ctx.focus !== null || ctx.selectedEdge !== null;
  if (somethingEmphasised && !emphasised) {
    out.color = DIMMED_NODE_COLOR;
    out.label = "";
    out.zIndex = 0;
  }
  if (inFocus) out.forceLabel = true;
  if (key === ctx.selectedNode || key === ctx.focus || inEdge || onPath) {
    out.highlighted = key === ctx.selectedNode || key === ctx.focus || inEdge;
    out.forceLabel = true;
    out.zIndex = 2;
  }
  if (ctx.singleSourceOnly && data.kind === "claim" && !data.supportMarked && !emphasised)
    out.color = DIMMED_NODE_COLOR;
  out.labelRank =
    key === ctx.selectedNode
      ? LABEL_RANK.selected
      : key === ctx.hoveredNode
        ? LABEL_RANK.hovered
        : emphasised
          ? LABEL_RANK.emphasised
          : data.kind === "claim"
            ? LABEL_RANK.claim
            : LABEL_RANK.entity;
  return out;
}

/**
 * An edge's display data under `ctx`; `ends` are read only when something is in focus. Written into `into` when given
 * (sigma's own copy, as for nodeDisplay), else into a copy of `data`.
 */
export function edgeDisplay(
  key: string,
  data: VisualEdge,
  ends: { source: string; target: string },
  ctx: HighlightContext,
  into?: VisualEdge,
): EdgeDisplay {
  // Read before `out` (which may be `data` itself) is written.
  const { label, size } = data;
  const out: EdgeDisplay = into ?? { ...data };
  out.label = null;
  out.zIndex = 0;
  const touchesFocus = ctx.focus !== null && (ends.source === ctx.focus || ends.target === ctx.focus);
  const onPath = ctx.pathEdges?.has(key) ?? false;
  const onOtherPath = !onPath && (ctx.otherPathEdges?.has(key) ?? false);
  if (ctx.singleSourceOnly && !data.supportMarked) out.color = DIMMED_EDGE_COLOR;
  if (ctx.pathEdges !== null) {
    if (onPath) {
      out.color = PATH_COLOR;
      out.size = (size ?? 1) + 1.5;
      out.zIndex = 2;
      out.label = label;
      out.forceLabel = true;
    } else if (onOtherPath) {
      out.color = OTHER_PATH_COLOR;
      out.size = (size ?? 1) + 0.5;
      out.zIndex = 1;
    } else if (!touchesFocus) {
      out.color = DIMMED_EDGE_COLOR;
    }
  }
  if (ctx.focus !== null) {
    if (touchesFocus) {
      out.color = onPath ? PATH_COLOR : HIGHLIGHT_COLOR;
      out.zIndex = 1;
    } else if (!onPath && !onOtherPath) out.hidden = true;
  }
  if (ctx.selectedEdge !== null && ctx.focus === null && key !== ctx.selectedEdge && !onPath)
    out.color = DIMMED_EDGE_COLOR;
  if (key === ctx.hoveredEdge || key === ctx.selectedEdge) {
    out.label = label;
    out.forceLabel = true;
    out.color = onPath ? PATH_COLOR : HIGHLIGHT_COLOR;
    out.size = (size ?? 1) + 1;
    out.zIndex = 3;
  }
  return out;
}
