// Layout state: whether ForceAtlas2 runs and what was saved; live positions sit in the sigma graph.
export interface Point {
  x: number;
  y: number;
}

export type Positions = Record<string, Point>;

export interface LayoutState {
  running: boolean;
  /** ISO time of the layout saved in this browser, if any. */
  savedAt: string | null;
}

export interface SavedLayout {
  version: 1;
  savedAt: string;
  positions: Positions;
}
