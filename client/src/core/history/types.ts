// History: snapshots of the view before each change (the data graph with the steps that built it, where the nodes
// were and the camera), so a change can be undone and redone, and the link always describes what is shown.
import type { GraphDataState } from "../dataset/types";
import type { Positions } from "../positions/types";

export interface HistoryEntry<T> {
  /** What the change was, e.g. "Expand Matty Zhao". */
  label: string;
  snapshot: T;
}

export interface HistoryState<T> {
  past: HistoryEntry<T>[];
  future: HistoryEntry<T>[];
}

/** sigma's camera state, in its framed graph coordinates. */
export interface CameraSnapshot {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

/** The view as undo restores it; positions and camera are null where nothing was drawn (or the graph is too large). */
export interface ViewSnapshot {
  data: GraphDataState;
  positions: Positions | null;
  camera: CameraSnapshot | null;
}

/** How the history reads and restores what is drawn: registered by the sigma binding, a floor above. */
export interface ViewAccess {
  readPositions(): Positions | null;
  writePositions(positions: Positions): void;
  readCamera(): CameraSnapshot | null;
  writeCamera(camera: CameraSnapshot): void;
  /** Stops whatever would move the view on its own (a running layout) before a snapshot is restored. */
  interrupt(): void;
}
