// The positions store: where nodes are known to be when they are not on the canvas (filtered out, collapsed, saved,
// streamed with stored positions, or placed ahead of arrival), and the canvas's own positions through a live source.
import type { Point, Positions } from "./types";
import { placeNewNodes } from "./utils";

const known = new Map<string, Point>();

/** Positions of what is drawn right now; the sigma binding registers it (a floor above), so this store never imports it. */
let liveSource: () => Positions = () => ({});

export function setLivePositions(source: () => Positions): void {
  liveSource = source;
}

export function positionOf(key: string): Point | undefined {
  return known.get(key);
}

export function rememberPosition(key: string, point: Point): void {
  known.set(key, point);
}

/** Every known position, the drawn ones winning over remembered ones. */
export function currentPositions(): Positions {
  return { ...Object.fromEntries(known), ...liveSource() };
}

/** Puts nodes about to arrive on a ring around a neighbor that already has a place. */
export function placeNear(keys: readonly string[], anchorOf: (key: string) => string | undefined): void {
  const placed = placeNewNodes(currentPositions(), keys, anchorOf);
  for (const [key, point] of Object.entries(placed)) known.set(key, point);
}
