// The layout store: ForceAtlas2 in a web worker on the sigma graph, one-shot circular/noverlap, save and restore.
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import { recordChange, setViewAccess } from "../history";
import { notify } from "../notices";
import { currentPositions, rememberPosition } from "../positions";
import type { Positions } from "../positions/types";
import { initialIterations, initialLayout } from "../positions/utils";
import { sigmaGraph } from "../sigma";
import { isLargeGraph } from "../sigma/utils";
import { atom } from "../utils/atoms";
import type { Fa2Settings } from "./types";
import {
  circularLayout,
  fa2Changed,
  fa2SettingsFor,
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
/** The settings the worker was made with: a change makes a new worker. */
let supervisorSettings: Fa2Settings | null = null;

function tooLarge(): boolean {
  if (!isLargeGraph(sigmaGraph.order)) return false;
  notify("This graph is too large for a live layout: it uses the positions stored by `npm run layout`.");
  return true;
}

/** Starts ForceAtlas2 in its worker with the current settings; where the nodes were before can be undone. */
export function startForceAtlas2(): void {
  if (sigmaGraph.order === 0 || tooLarge()) return;
  const { fa2 } = layoutAtom.get();
  if (supervisor && supervisorSettings !== fa2) {
    supervisor.kill();
    supervisor = null;
  }
  if (!supervisor) {
    supervisor = new FA2LayoutSupervisor(sigmaGraph, { settings: fa2SettingsFor(sigmaGraph, fa2) });
    supervisorSettings = fa2;
  }
  recordChange("ForceAtlas2 layout");
  supervisor.start();
  layoutAtom.set(setRunning(true));
}

/** Changes the ForceAtlas2 settings; a running layout goes on with the new ones. */
export function setFa2Settings(patch: Partial<Fa2Settings>): void {
  layoutAtom.set(fa2Changed(patch));
  if (layoutAtom.get().running) {
    supervisor?.kill();
    supervisor = new FA2LayoutSupervisor(sigmaGraph, { settings: fa2SettingsFor(sigmaGraph, layoutAtom.get().fa2) });
    supervisorSettings = layoutAtom.get().fa2;
    supervisor.start();
  }
}

/** Runs the set number of ForceAtlas2 iterations at once (no worker), as one step that can be undone. */
export function runForceAtlas2Iterations(): void {
  if (sigmaGraph.order === 0 || tooLarge()) return;
  stopForceAtlas2();
  const { fa2 } = layoutAtom.get();
  recordChange(`ForceAtlas2, ${fa2.iterations} iterations`);
  applyPositions(
    forceAtlas2(sigmaGraph, { iterations: fa2.iterations, settings: fa2SettingsFor(sigmaGraph, fa2) }) as Positions,
  );
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
  if (sigmaGraph.order === 0) return;
  recordChange("Circular layout");
  applyPositions(circularLayout(sigmaGraph));
}

export function runNoverlap(): void {
  stopForceAtlas2();
  if (sigmaGraph.order === 0) return;
  recordChange("Noverlap");
  applyPositions(noverlapLayout(sigmaGraph));
}

/**
 * A deterministic layout of the whole sigma graph, used when nothing has a known position yet; `record` (the _Reset_
 * button) makes it a step that can be undone.
 */
export function runInitialLayout(options: { record?: boolean } = {}): void {
  stopForceAtlas2();
  if (sigmaGraph.order === 0) return;
  if (options.record) recordChange("Reset the layout");
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
export function restoreSavedLayout(options: { record?: boolean } = {}): boolean {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(LAYOUT_STORAGE_KEY);
  } catch {
    return false;
  }
  const saved = parseSavedLayout(raw);
  if (!saved) return false;
  if (options.record) recordChange("Restore the saved layout");
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
