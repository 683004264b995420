// Layout state: whether ForceAtlas2 runs and what was saved; positions themselves are the positions store's.
import type { Positions } from "../positions/types";

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
