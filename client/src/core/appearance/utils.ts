// The visual step of the derived chain: visible data → sigma's node and edge attributes (colour, size, label).

import type { DataGraph, NodeData } from "../dataset/types";
import { nodeName } from "../dataset/utils";
import type { SupportHighlight, VisibleSet } from "../filters/types";
import { isMarked, supportOf } from "../filters/utils";
import { colorForType, EDGE_COLOR, EDGE_MULTI_SOURCE_COLOR, EDGE_SINGLE_SOURCE_COLOR } from "./palette";
import { isRtl, relationLabel, truncate } from "./text";
import type { AppearanceState, Language, SizeBy, VisualEdge, VisualNode } from "./types";

/**
 * What sigma renders, keyed like the data graph: visual attributes only (no positions). Plain maps, not a graph: the
 * sigma graph is the one graphology copy built from it, so large graphs are not indexed twice.
 */
export interface VisualGraph {
  nodes: Map<string, VisualNode>;
  edges: Map<string, { source: string; target: string; attributes: VisualEdge }>;
}

export function getEmptyAppearanceState(): AppearanceState {
  return { language: "en", sizeBy: "degree" };
}

export const setLanguage = (language: Language) => (state: AppearanceState) => ({ ...state, language });
export const setSizeBy = (sizeBy: SizeBy) => (state: AppearanceState) => ({ ...state, sizeBy });

const CLAIM_LABEL_MAX = 42;
const LABEL_MAX = 48;
export const MIN_NODE_SIZE = 5;
export const MAX_NODE_SIZE = 20;
const CLAIM_NODE_SIZE = 4;
const FOCUSED_CLAIM_NODE_SIZE = 10;

/** What a node is called on the canvas: entity names in the chosen language; claims by their statement or original. */
export function nodeLabel(attributes: NodeData, language: Language): string {
  if (attributes.kind === "claim") {
    const text =
      language === "ar" && attributes.original ? attributes.original : (attributes.statement ?? attributes.label);
    return truncate(text, CLAIM_LABEL_MAX);
  }
  return truncate(nodeName(attributes, language), LABEL_MAX);
}

/** Claims about or stated by a node: the server's count when it sends one, else the claims adjacent in the data. */
export function claimCount(graph: DataGraph, key: string): number {
  const given = graph.getNodeAttribute(key, "claimCount");
  if (typeof given === "number") return given;
  let n = 0;
  graph.forEachNeighbor(key, (_k, a) => {
    if (a.kind === "claim") n++;
  });
  return n;
}

/** Square-root scale of a count onto [MIN_NODE_SIZE, MAX_NODE_SIZE]. */
export function scaleSize(value: number, max: number): number {
  if (max <= 0) return MIN_NODE_SIZE;
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(Math.max(0, value) / max);
}

export interface VisualOptions {
  appearance: AppearanceState;
  /** The evidence-strength highlight is on. */
  singleSourceOnly: boolean;
  /** What it marks: edges on one independent source (amber, the default) or on two or more (green). */
  supportHighlight?: SupportHighlight;
  /** Draw claims large and labelled: the view was narrowed to them (e.g. "attributed to"). */
  emphasiseClaims?: boolean;
}

/** The widest edge: four or more independent sources. */
export const MAX_EDGE_SUPPORT = 4;

/** Edge width in pixels by independent support (not quotes): 1 source 1 px, 2 → 2.2, 3 → 3.4, 4 or more 4.6. */
export function edgeSize(independentSupport: number): number {
  return 1 + 1.2 * (Math.min(MAX_EDGE_SUPPORT, Math.max(1, independentSupport)) - 1);
}

/** Builds what sigma renders: only visible nodes and edges, with visual attributes only (no positions). */
export function buildVisualGraph(data: DataGraph, visible: VisibleSet, options: VisualOptions): VisualGraph {
  const { appearance, singleSourceOnly } = options;
  const mode = options.supportHighlight ?? "single";
  const markColor = mode === "single" ? EDGE_SINGLE_SOURCE_COLOR : EDGE_MULTI_SOURCE_COLOR;
  const claimSize = options.emphasiseClaims ? FOCUSED_CLAIM_NODE_SIZE : CLAIM_NODE_SIZE;
  const out: VisualGraph = { nodes: new Map(), edges: new Map() };
  const metric = new Map<string, number>();
  for (const key of visible.nodes) {
    if (appearance.sizeBy === "claims") metric.set(key, claimCount(data, key));
    else metric.set(key, 0);
  }
  if (appearance.sizeBy === "degree") {
    for (const key of visible.edges) {
      const [s, t] = data.extremities(key);
      metric.set(s, (metric.get(s) ?? 0) + 1);
      metric.set(t, (metric.get(t) ?? 0) + 1);
    }
  }
  let max = 0;
  for (const [key, value] of metric) if (data.getNodeAttribute(key, "kind") !== "claim") max = Math.max(max, value);

  for (const key of visible.nodes) {
    const a = data.getNodeAttributes(key);
    const label = nodeLabel(a, appearance.language);
    out.nodes.set(key, {
      size: a.kind === "claim" ? claimSize : scaleSize(metric.get(key) ?? 0, max),
      color: colorForType(a.type),
      label,
      rtl: isRtl(label),
      kind: a.kind,
      nodeType: a.type,
      supportMarked: a.kind === "claim" && isMarked(a, mode),
      forceLabel: a.kind === "claim" && options.emphasiseClaims === true,
    });
  }
  for (const key of visible.edges) {
    const a = data.getEdgeAttributes(key);
    const marked = isMarked(a, mode);
    const emphasise = singleSourceOnly && marked;
    const [source, target] = data.extremities(key);
    out.edges.set(key, {
      source,
      target,
      attributes: {
        size: edgeSize(supportOf(a)) + (emphasise ? 1 : 0),
        color: emphasise ? markColor : EDGE_COLOR,
        label: relationLabel(a.type),
        type: "arrow",
        curvature: 0,
        relation: a.type,
        supportMarked: marked,
      },
    });
  }
  return out;
}
