// The history store: undo and redo of structural changes to the data graph (expand, collapse, focus, reload).
import { graphDatasetAtom } from "../dataset";
import type { GraphDataState } from "../dataset/types";
import { notify } from "../notices";
import { atom } from "../utils/atoms";
import type { HistoryState } from "./types";
import { getEmptyHistoryState, recorded, redoStep, undoStep } from "./utils";

export const historyAtom = atom<HistoryState<GraphDataState>>(getEmptyHistoryState());

/** Call before a change: keeps the current data so the change can be undone. */
export function recordChange(label: string): void {
  historyAtom.set(recorded(label, graphDatasetAtom.get()));
}

export function undo(): void {
  const step = undoStep(historyAtom.get(), graphDatasetAtom.get());
  if (!step) return;
  historyAtom.set(step.history);
  graphDatasetAtom.set(step.restore);
  notify(`Undid: ${step.label}`);
}

export function redo(): void {
  const step = redoStep(historyAtom.get(), graphDatasetAtom.get());
  if (!step) return;
  historyAtom.set(step.history);
  graphDatasetAtom.set(step.restore);
  notify(`Redid: ${step.label}`);
}
