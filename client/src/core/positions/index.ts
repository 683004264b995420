// The positions store: where nodes are known to be when they are not on the canvas (filtered out, collapsed, saved,
// streamed with stored positions, or placed ahead of arrival), and the canvas's own positions through a live source.
import type { Point, Positions } from "./types";
import { placeNewNodes, storedArrivals } from "./utils";

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

/**
 * Places arriving nodes in one pass over the known positions: at the positions the server stored for them while the
 * page still shows the server's layout around `anchor` (storedArrivals), the others on a ring around a neighbor that
 * already has a place (`anchorOf`, as placeNear).
 */
export function placeArrivals(
  anchor: { key: string; stored: Point | undefined },
  arrivals: ReadonlyArray<{ key: string; stored: Point | undefined }>,
  anchorOf: (key: string) => string | undefined,
): void {
  const current = currentPositions();
  const atStored = storedArrivals({ drawn: current[anchor.key], stored: anchor.stored }, arrivals);
  const rest = arrivals.filter((a) => !(a.key in atStored)).map((a) => a.key);
  const placed = { ...atStored, ...placeNewNodes(current, rest, anchorOf) };
  for (const [key, point] of Object.entries(placed)) known.set(key, point);
}
