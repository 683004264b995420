// Pure layout helpers: layout state updates, one-shot layouts as position maps, and the saved-layout format (validated on read).
import type Graph from "graphology";
import circular from "graphology-layout/circular";
import noverlap from "graphology-layout-noverlap";
import { z } from "zod";
import type { Positions } from "../positions/types";
import type { LayoutState, SavedLayout } from "./types";

export function getEmptyLayoutState(): LayoutState {
  return { running: false, savedAt: null };
}

export const setRunning = (running: boolean) => (state: LayoutState) => ({ ...state, running });

export const markSaved = (savedAt: string | null) => (state: LayoutState) => ({ ...state, savedAt });

export function circularLayout(graph: Graph): Positions {
  const mapping = circular(graph, { scale: Math.max(100, graph.order * 6) });
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
