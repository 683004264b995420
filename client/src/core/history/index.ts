// The history store: undo and redo of the view (the data graph and the steps that built it, positions, camera).
import { graphDatasetAtom } from "../dataset";
import { notify } from "../notices";
import { rememberPosition } from "../positions";
import { atom } from "../utils/atoms";
import type { ViewAccess, ViewSnapshot } from "./types";
import { getEmptyHistoryState, recorded, redoStep, undoStep } from "./utils";

export const historyAtom = atom(getEmptyHistoryState<ViewSnapshot>());

/** Nothing drawn yet: positions and camera are not kept. */
let access: ViewAccess = {
  readPositions: () => null,
  writePositions: () => {},
  readCamera: () => null,
  writeCamera: () => {},
  interrupt: () => {},
};

/**
 * The sigma binding registers how to read and restore what is drawn, the layout how to stop (both sit above the
 * history); each gives the parts it owns.
 */
export function setViewAccess(next: Partial<ViewAccess>): void {
  access = { ...access, ...next };
}

function capture(): ViewSnapshot {
  return { data: graphDatasetAtom.get(), positions: access.readPositions(), camera: access.readCamera() };
}

function restore(snapshot: ViewSnapshot): void {
  access.interrupt();
  // Nodes that come back arrive where they were; nodes that stay are moved back after the graph is set.
  if (snapshot.positions) for (const [key, p] of Object.entries(snapshot.positions)) rememberPosition(key, p);
  graphDatasetAtom.set(snapshot.data);
  if (snapshot.positions) access.writePositions(snapshot.positions);
  if (snapshot.camera) access.writeCamera(snapshot.camera);
}

/** Call before a change: keeps the current view so the change can be undone. */
export function recordChange(label: string): void {
  historyAtom.set(recorded(label, capture()));
}

export function undo(): void {
  const step = undoStep(historyAtom.get(), capture());
  if (!step) return;
  historyAtom.set(step.history);
  restore(step.restore);
  notify(`Undid: ${step.label}`);
}

export function redo(): void {
  const step = redoStep(historyAtom.get(), capture());
  if (!step) return;
  historyAtom.set(step.history);
  restore(step.restore);
  notify(`Redid: ${step.label}`);
}
