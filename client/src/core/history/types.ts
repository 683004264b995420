// History: snapshots of the data graph before each structural change, so expand/collapse/focus can be undone.
export interface HistoryEntry<T> {
  /** What the change was, e.g. "Expand Matty Zhao". */
  label: string;
  snapshot: T;
}

export interface HistoryState<T> {
  past: HistoryEntry<T>[];
  future: HistoryEntry<T>[];
}
