// Pure layout helpers: layout state updates, one-shot layouts as position maps, and the saved-layout format (validated on read).
import type Graph from "graphology";
import { UndirectedGraph } from "graphology";
import circular from "graphology-layout/circular";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import { z } from "zod";
import type { Positions } from "../positions/types";
import type { Fa2Settings, LayoutState, SavedLayout } from "./types";

export const DEFAULT_FA2: Fa2Settings = { gravity: 1, scalingRatio: 10, barnesHutOptimize: null, iterations: 300 };

/** Bounds of each setting: a value outside is clamped, a value that is not a finite number is ignored. */
export const FA2_BOUNDS = {
  gravity: { min: 0, max: 100 },
  scalingRatio: { min: 0.1, max: 1000 },
  iterations: { min: 1, max: 5000 },
} as const;

export function getEmptyLayoutState(): LayoutState {
  return { running: false, fa2: DEFAULT_FA2, savedAt: null };
}

const clamp = (value: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, value));

/** Changes ForceAtlas2 settings, clamped to `FA2_BOUNDS`; iterations are whole numbers. */
export const fa2Changed =
  (patch: Partial<Fa2Settings>) =>
  (state: LayoutState): LayoutState => {
    const next = { ...state.fa2 };
    for (const key of ["gravity", "scalingRatio", "iterations"] as const) {
      const value = patch[key];
      if (typeof value === "number" && Number.isFinite(value)) next[key] = clamp(value, FA2_BOUNDS[key]);
    }
    next.iterations = Math.round(next.iterations);
    if (patch.barnesHutOptimize !== undefined) next.barnesHutOptimize = patch.barnesHutOptimize;
    return { ...state, fa2: next };
  };

/** The settings handed to graphology's ForceAtlas2: inferred from the graph, then the researcher's. */
export function fa2SettingsFor(graph: Graph, fa2: Fa2Settings) {
  const inferred = forceAtlas2.inferSettings(graph);
  return {
    ...inferred,
    adjustSizes: false,
    gravity: fa2.gravity,
    scalingRatio: fa2.scalingRatio,
    barnesHutOptimize: fa2.barnesHutOptimize ?? inferred.barnesHutOptimize ?? false,
  };
}

export const setRunning = (running: boolean) => (state: LayoutState) => ({ ...state, running });

export const markSaved = (savedAt: string | null) => (state: LayoutState) => ({ ...state, savedAt });

/** The van der Corput fraction of n in base 2 (0, ½, ¼, ¾, ⅛, …): each next rank halves the widest gap left. */
function vanDerCorput(n: number): number {
  let value = 0;
  let digit = 0.5;
  for (let rest = n; rest > 0; rest >>= 1, digit /= 2) if (rest & 1) value += digit;
  return value;
}

/**
 * The order of the nodes around the circle, so the big ones are spread round it rather than side by side: ranked by
 * size (biggest first, ties by key), rank r takes the free slot at or after the van der Corput fraction of r, so rank
 * 2j and 2j+1 face each other and any top-k fills no half of the circle with more than about half of them.
 */
export function circularOrder(nodes: readonly { key: string; size: number }[]): string[] {
  const ranked = [...nodes].sort((a, b) => b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const n = ranked.length;
  const slots: (string | undefined)[] = new Array(n);
  ranked.forEach((node, rank) => {
    let slot = Math.floor(vanDerCorput(rank) * n);
    while (slots[slot] !== undefined) slot = (slot + 1) % n;
    slots[slot] = node.key;
  });
  return slots as string[];
}

/** Nodes on a circle (graphology-layout's `circular`) in `circularOrder` of their `size`, radius growing with order. */
export function circularLayout(graph: Graph): Positions {
  const order = circularOrder(graph.mapNodes((key, a) => ({ key, size: typeof a.size === "number" ? a.size : 1 })));
  const ring = new UndirectedGraph();
  for (const key of order) ring.addNode(key);
  const mapping = circular(ring, { scale: Math.max(100, graph.order * 6) });
  const out: Positions = {};
  for (const [key, p] of Object.entries(mapping)) out[key] = { x: p.x ?? 0, y: p.y ?? 0 };
  return out;
}

export function noverlapLayout(graph: Graph): Positions {
  return noverlap(graph, { maxIterations: 300, settings: { margin: 4, ratio: 1.2 } }) as Positions;
}

const SavedLayoutSchema = z.object({
  version: z.literal(1),
  savedAt: z.string().max(64),
  positions: z.record(z.string().max(300), z.object({ x: z.number().finite(), y: z.number().finite() })),
});

export const LAYOUT_STORAGE_KEY = "kg-explorer:layout:v1";

export function serializeLayout(positions: Positions, savedAt: Date): string {
  const saved: SavedLayout = { version: 1, savedAt: savedAt.toISOString(), positions };
  return JSON.stringify(saved);
}

/** Parses what localStorage held; anything malformed is ignored rather than trusted. */
export function parseSavedLayout(raw: string | null): SavedLayout | null {
  if (!raw) return null;
  try {
    const parsed = SavedLayoutSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
