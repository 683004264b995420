// The layout store: ForceAtlas2 in a web worker on the sigma graph, one-shot circular/noverlap, save and restore.
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import { setViewAccess } from "../history";
import { notify } from "../notices";
import { currentPositions, rememberPosition } from "../positions";
import type { Positions } from "../positions/types";
import { forceAtlas2Settings, initialIterations, initialLayout } from "../positions/utils";
import { sigmaGraph } from "../sigma";
import { isLargeGraph } from "../sigma/utils";
import { atom } from "../utils/atoms";
import {
  circularLayout,
  getEmptyLayoutState,
  LAYOUT_STORAGE_KEY,
  markSaved,
  noverlapLayout,
  parseSavedLayout,
  serializeLayout,
  setRunning,
} from "./utils";

export const layoutAtom = atom(getEmptyLayoutState());

function applyPositions(positions: Positions): void {
  sigmaGraph.updateEachNodeAttributes(
    (key, a) => {
      const p = positions[key];
      return p ? { ...a, x: p.x, y: p.y } : a;
    },
    { attributes: ["x", "y"] },
  );
}

let supervisor: FA2LayoutSupervisor | null = null;

export function startForceAtlas2(): void {
  if (sigmaGraph.order === 0) return;
  if (isLargeGraph(sigmaGraph.order)) {
    notify("This graph is too large for a live layout: it uses the positions stored by `npm run layout`.");
    return;
  }
  if (!supervisor) supervisor = new FA2LayoutSupervisor(sigmaGraph, { settings: forceAtlas2Settings(sigmaGraph) });
  supervisor.start();
  layoutAtom.set(setRunning(true));
}

export function stopForceAtlas2(): void {
  supervisor?.stop();
  layoutAtom.set(setRunning(false));
}

// Undo and redo put nodes back where they were: a running layout would move them on at once.
setViewAccess({ interrupt: stopForceAtlas2 });

/** Ends the worker for good (when the view unmounts). */
export function killForceAtlas2(): void {
  supervisor?.kill();
  supervisor = null;
  layoutAtom.set(setRunning(false));
}

export function runCircular(): void {
  stopForceAtlas2();
  applyPositions(circularLayout(sigmaGraph));
}

export function runNoverlap(): void {
  stopForceAtlas2();
  applyPositions(noverlapLayout(sigmaGraph));
}

/** A deterministic layout of the whole sigma graph, used when nothing has a known position yet. */
export function runInitialLayout(): void {
  stopForceAtlas2();
  if (sigmaGraph.order === 0) return;
  applyPositions(initialLayout(sigmaGraph, initialIterations(sigmaGraph.order)));
}

export function saveLayout(now = new Date()): void {
  const raw = serializeLayout(currentPositions(), now);
  try {
    localStorage.setItem(LAYOUT_STORAGE_KEY, raw);
    layoutAtom.set(markSaved(now.toISOString()));
  } catch {
    // Storage full or disabled: the layout just is not kept.
  }
}

/** Loads the layout saved in this browser into memory, so nodes arrive where they were; true when there was one. */
export function restoreSavedLayout(): boolean {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(LAYOUT_STORAGE_KEY);
  } catch {
    return false;
  }
  const saved = parseSavedLayout(raw);
  if (!saved) return false;
  for (const [key, point] of Object.entries(saved.positions)) rememberPosition(key, point);
  applyPositions(saved.positions);
  layoutAtom.set(markSaved(saved.savedAt));
  return true;
}

export function forgetSavedLayout(): void {
  try {
    localStorage.removeItem(LAYOUT_STORAGE_KEY);
  } catch {
    // Nothing to forget.
  }
  layoutAtom.set(markSaved(null));
}
