// Layout state: whether ForceAtlas2 runs and what was saved; positions themselves are the positions store's.
import type { Positions } from "../positions/types";

/** The ForceAtlas2 settings a researcher can change; `barnesHutOptimize` null lets the graph's size decide. */
export interface Fa2Settings {
  /** Pull towards the centre, ≥ 0. */
  gravity: number;
  /** Repulsion scale, > 0: higher spreads the graph out. */
  scalingRatio: number;
  barnesHutOptimize: boolean | null;
  /** Iterations of a one-shot run ("Run N iterations"). */
  iterations: number;
}

export interface LayoutState {
  running: boolean;
  fa2: Fa2Settings;
  /** ISO time of the layout saved in this browser, if any. */
  savedAt: string | null;
}

export interface SavedLayout {
  version: 1;
  savedAt: string;
  positions: Positions;
}
