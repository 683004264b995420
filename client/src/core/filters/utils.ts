// Pure filter updates and the filter step of the derived chain: data graph + filters → visible node and edge keys.
import type { DataGraph } from "../dataset/types";
import { claimPeriod, overlaps, spanOf } from "./period";
import type { FiltersState, MonthRange, PeriodBar, SupportCounts, SupportHighlight, VisibleSet } from "./types";

export function getEmptyFiltersState(): FiltersState {
  return {
    hiddenNodeTypes: [],
    hiddenRelationTypes: [],
    sourceIds: null,
    attributedTo: null,
    period: null,
    keepUndated: true,
    singleSourceOnly: false,
    supportHighlight: "single",
    hideIsolated: false,
  };
}

const toggled = (list: string[], item: string): string[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item].sort();

const toggledOrNull = (list: string[] | null, item: string): string[] | null => {
  const next = toggled(list ?? [], item);
  return next.length === 0 ? null : next;
};

export const toggleNodeType = (type: string) => (state: FiltersState) => ({
  ...state,
  hiddenNodeTypes: toggled(state.hiddenNodeTypes, type),
});

export const setHiddenNodeTypes = (types: string[]) => (state: FiltersState) => ({
  ...state,
  hiddenNodeTypes: [...new Set(types)].sort(),
});

export const toggleRelationType = (type: string) => (state: FiltersState) => ({
  ...state,
  hiddenRelationTypes: toggled(state.hiddenRelationTypes, type),
});

export const setHiddenRelationTypes = (types: string[]) => (state: FiltersState) => ({
  ...state,
  hiddenRelationTypes: [...new Set(types)].sort(),
});

export const toggleSource = (sourceId: string) => (state: FiltersState) => ({
  ...state,
  sourceIds: toggledOrNull(state.sourceIds, sourceId),
});

export const toggleAttribution = (entityId: string) => (state: FiltersState) => ({
  ...state,
  attributedTo: toggledOrNull(state.attributedTo, entityId),
});

export const setAttribution = (entityIds: string[] | null) => (state: FiltersState) => ({
  ...state,
  attributedTo: entityIds && entityIds.length > 0 ? [...entityIds].sort() : null,
});

export const setPeriod = (period: MonthRange | null) => (state: FiltersState) => ({
  ...state,
  period: period && period.from > period.to ? { from: period.to, to: period.from } : period,
});

export const setKeepUndated = (keepUndated: boolean) => (state: FiltersState) => ({ ...state, keepUndated });

/** Chooses what the evidence-strength highlight marks, or turns it off (null), keeping the last mode for next time. */
export const setSupportHighlight = (mode: SupportHighlight | null) => (state: FiltersState) => ({
  ...state,
  singleSourceOnly: mode !== null,
  supportHighlight: mode ?? state.supportHighlight,
});

export const setHideIsolated = (hideIsolated: boolean) => (state: FiltersState) => ({ ...state, hideIsolated });

export const resetFilters = () => (_state: FiltersState) => getEmptyFiltersState();

export function isFiltering(state: FiltersState): boolean {
  return (
    state.hiddenNodeTypes.length > 0 ||
    state.hiddenRelationTypes.length > 0 ||
    state.sourceIds !== null ||
    state.attributedTo !== null ||
    state.period !== null ||
    state.hideIsolated
  );
}

const intersects = (a: readonly string[] | undefined, b: ReadonlySet<string>): boolean =>
  (a ?? []).some((x) => b.has(x));

/** Entities that state at least one claim: the "attributed to" choices. */
export function claimStatements(graph: DataGraph, nodeId: string): string[] {
  const out: string[] = [];
  graph.forEachOutEdge(nodeId, (_edge, attributes, _source, target, _sa, targetAttributes) => {
    if (attributes.type === "STATES" && targetAttributes.kind === "claim") out.push(target);
  });
  return out;
}

/** The filter step: which nodes and edges of the data graph stay visible. */
export function applyFilters(graph: DataGraph, filters: FiltersState): VisibleSet {
  // Nothing to filter (the usual first view of a large graph): everything is visible, without a test per element.
  if (!isFiltering(filters)) return { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) };
  const hiddenTypes = new Set(filters.hiddenNodeTypes);
  const hiddenRelations = new Set(filters.hiddenRelationTypes);
  const sources = filters.sourceIds ? new Set(filters.sourceIds) : null;
  const attributors = filters.attributedTo ? new Set(filters.attributedTo) : null;
  const nodes = new Set<string>();

  graph.forEachNode((key, a) => {
    if (hiddenTypes.has(a.type)) return;
    if (sources && !(a.kind === "source" ? sources.has(key) : intersects(a.sourceIds, sources))) return;
    if (a.kind === "claim" && filters.period) {
      const period = claimPeriod(a.periodStart, a.periodEnd);
      if (period ? !overlaps(period, filters.period) : !filters.keepUndated) return;
    }
    nodes.add(key);
  });

  const claims = new Set<string>();
  if (attributors) {
    // Only claims some chosen entity states, the entities that state them, and what they are about.
    for (const id of attributors) {
      if (!graph.hasNode(id)) continue;
      for (const claim of claimStatements(graph, id)) if (nodes.has(claim)) claims.add(claim);
    }
    const keep = new Set<string>(claims);
    for (const claim of claims) for (const n of graph.neighbors(claim)) keep.add(n);
    for (const id of attributors) keep.add(id);
    for (const key of [...nodes]) if (!keep.has(key)) nodes.delete(key);
  }

  const edges = new Set<string>();
  graph.forEachEdge((key, a, source, target) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    // Narrowed to attributed claims: only their own edges and the chosen actors' relations, not the context's.
    if (
      attributors &&
      !claims.has(source) &&
      !claims.has(target) &&
      !attributors.has(source) &&
      !attributors.has(target)
    )
      return;
    if (hiddenRelations.has(a.type)) return;
    if (sources && !intersects(a.sourceIds, sources)) return;
    edges.add(key);
  });
  return filters.hideIsolated ? withoutIsolated(graph, { nodes, edges }) : { nodes, edges };
}

function sameKeys(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const key of a) if (!b.has(key)) return false;
  return true;
}

/** Whether two visible sets hold the same nodes and the same edges. */
export function sameVisibleSet(a: VisibleSet, b: VisibleSet): boolean {
  return sameKeys(a.nodes, b.nodes) && sameKeys(a.edges, b.edges);
}

/** The visible set without the nodes that no visible edge touches ("hide isolated nodes"); edges stay as they are. */
export function withoutIsolated(graph: DataGraph, visible: VisibleSet): VisibleSet {
  const touched = new Set<string>();
  for (const key of visible.edges) {
    touched.add(graph.source(key));
    touched.add(graph.target(key));
  }
  return { nodes: new Set([...visible.nodes].filter((n) => touched.has(n))), edges: visible.edges };
}

export interface Choice {
  value: string;
  count: number;
}

const counted = (counts: Map<string, number>): Choice[] =>
  [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));

/** Node types present in the data, with how many nodes each. */
export function nodeTypeChoices(graph: DataGraph): Choice[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_k, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
  return counted(counts);
}

export function relationTypeChoices(graph: DataGraph): Choice[] {
  const counts = new Map<string, number>();
  graph.forEachEdge((_k, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
  return counted(counts);
}

/** Entities that state claims, with how many: the "attributed to" filter's choices. */
export function attributionChoices(graph: DataGraph): Choice[] {
  const counts = new Map<string, number>();
  graph.forEachNode((key, a) => {
    if (a.kind !== "entity") return;
    const n = claimStatements(graph, key).length;
    if (n > 0) counts.set(key, n);
  });
  return counted(counts);
}

/** Source document ids used by the data's evidence, with how many edges each backs. */
export function sourceChoices(graph: DataGraph): Choice[] {
  const counts = new Map<string, number>();
  graph.forEachEdge((_k, a) => {
    for (const id of a.sourceIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  return counted(counts);
}

/**
 * How many relationships rest on one independent source (or carry none of their own, as a claim's links) and how
 * many on two or more, over `keys` (default: every edge of the graph); `single + several === total`.
 */
export function supportCounts(graph: DataGraph, keys?: Iterable<string>): SupportCounts {
  let total = 0;
  let single = 0;
  const count = (key: string) => {
    total++;
    if (isSingleSourced(graph.getEdgeAttributes(key))) single++;
  };
  if (keys) for (const key of keys) count(key);
  else graph.forEachEdge((key) => count(key));
  return { total, single, several: total - single };
}

export interface FilterChoices {
  nodeTypes: Choice[];
  relationTypes: Choice[];
  attributions: Choice[];
  sourceIds: Choice[];
  /** Edges by independent support: on one source, on two or more. */
  support: SupportCounts;
}

/** Everything the filters panel offers for this data graph, computed in one place (once per graph). */
export function filterChoices(graph: DataGraph): FilterChoices {
  return {
    nodeTypes: nodeTypeChoices(graph),
    relationTypes: relationTypeChoices(graph),
    attributions: attributionChoices(graph),
    sourceIds: sourceChoices(graph),
    support: supportCounts(graph),
  };
}

/** The months the data's claim periods cover, for the timeline slider's bounds. */
export function periodBounds(graph: DataGraph): MonthRange | null {
  const ranges: (MonthRange | null)[] = [];
  graph.forEachNode((_k, a) => {
    if (a.kind === "claim") ranges.push(claimPeriod(a.periodStart, a.periodEnd));
  });
  return spanOf(ranges);
}

/**
 * The timeline's histogram: one bar per distinct claim period of the data graph (months since year 0, ends inclusive),
 * counting its claims, ordered by start then end. Claims without a period are not counted.
 */
export function periodHistogram(graph: DataGraph): PeriodBar[] {
  const bars = new Map<string, PeriodBar>();
  graph.forEachNode((_k, a) => {
    if (a.kind !== "claim") return;
    const range = claimPeriod(a.periodStart, a.periodEnd);
    if (!range) return;
    const key = `${range.from}/${range.to}`;
    const bar = bars.get(key);
    if (bar) bar.count++;
    else {
      const label =
        a.periodEnd && a.periodEnd !== a.periodStart ? `${a.periodStart}–${a.periodEnd}` : `${a.periodStart}`;
      bars.set(key, { ...range, label, count: 1 });
    }
  });
  return [...bars.values()].sort((a, b) => a.from - b.from || a.to - b.to);
}

/**
 * Independent sources behind an edge or claim: the server's `independentSupport` (docs/model.md, Independence: one
 * document's quotes, one publisher's documents, a document and a work it cites count once); the distinct source ids
 * only when an older server sent none.
 */
export function supportOf(a: { sourceIds?: readonly string[] | undefined; independentSupport?: number | undefined }) {
  return a.independentSupport ?? new Set(a.sourceIds ?? []).size;
}

/** Edges and claims that rest on one independent source, however many documents repeat it. */
export function isSingleSourced(a: {
  sourceIds?: readonly string[] | undefined;
  independentSupport?: number | undefined;
}): boolean {
  return supportOf(a) <= 1;
}

/** Whether the evidence-strength highlight in `mode` marks this edge or claim. */
export function isMarked(
  a: { sourceIds?: readonly string[] | undefined; independentSupport?: number | undefined },
  mode: SupportHighlight,
): boolean {
  return mode === "single" ? isSingleSourced(a) : !isSingleSourced(a);
}
