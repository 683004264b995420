// Pure history-stack updates: record before a change, undo to the last snapshot, redo what was undone.
import type { HistoryEntry, HistoryState } from "./types";

export const HISTORY_LIMIT = 50;

export function getEmptyHistoryState<T>(): HistoryState<T> {
  return { past: [], future: [] };
}

/** Remembers `snapshot` (the state before the change called `label`); a new change forgets what was undone. */
export const recorded =
  <T>(label: string, snapshot: T) =>
  (state: HistoryState<T>): HistoryState<T> => ({
    past: [...state.past, { label, snapshot }].slice(-HISTORY_LIMIT),
    future: [],
  });

export interface Step<T> {
  history: HistoryState<T>;
  /** The snapshot to restore. */
  restore: T;
  label: string;
}

/** Steps back: returns the snapshot to restore and keeps `current` for redo; null when there is nothing to undo. */
export function undoStep<T>(state: HistoryState<T>, current: T): Step<T> | null {
  const last = state.past.at(-1);
  if (!last) return null;
  return {
    history: { past: state.past.slice(0, -1), future: [{ label: last.label, snapshot: current }, ...state.future] },
    restore: last.snapshot,
    label: last.label,
  };
}

export function redoStep<T>(state: HistoryState<T>, current: T): Step<T> | null {
  const next = state.future[0];
  if (!next) return null;
  return {
    history: { past: [...state.past, { label: next.label, snapshot: current }], future: state.future.slice(1) },
    restore: next.snapshot,
    label: next.label,
  };
}

export function canUndo<T>(state: HistoryState<T>): HistoryEntry<T> | undefined {
  return state.past.at(-1);
}

export function canRedo<T>(state: HistoryState<T>): HistoryEntry<T> | undefined {
  return state.future[0];
}
