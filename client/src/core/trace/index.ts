// The trace store: pick two actors, fetch the paths between them (with alternatives), show one at a time.
import type { PathsResponse } from "@domain/contracts/api";
import { fetchPaths } from "../../api/endpoints";
import { describeError } from "../../api/errors";
import { graphDatasetAtom } from "../dataset";
import { graphMerged, stepRecorded } from "../dataset/utils";
import { recordChange } from "../history";
import { atom } from "../utils/atoms";
import { getEmptyTraceState, traceFailed, traceLoaded, traceLoading } from "./utils";

export const traceAtom = atom(getEmptyTraceState());

/** How many paths to ask for: the shortest and its alternatives. */
export const TRACE_PATHS = 5;

/**
 * Fetches the paths between two entities and adds what of them the canvas lacks (they must be there to be drawn),
 * as a step of how the canvas was built; `record: false` (replaying a link) leaves the history alone.
 */
export async function addTracedPaths(
  from: string,
  to: string,
  options: { record?: boolean } = {},
): Promise<PathsResponse> {
  const result = await fetchPaths(from, to, { k: TRACE_PATHS });
  const data = graphDatasetAtom.get();
  const merged = graphMerged(result.graph)(data);
  if (merged !== data) {
    if (options.record !== false) recordChange("Show traced paths");
    graphDatasetAtom.set(stepRecorded({ kind: "paths", from, to })(merged));
  }
  return result;
}

export async function runTrace(): Promise<void> {
  const { from, to } = traceAtom.get();
  if (!from || !to) return;
  traceAtom.set(traceLoading());
  try {
    const result = await addTracedPaths(from, to);
    traceAtom.set(traceLoaded(result));
  } catch (error) {
    traceAtom.set(traceFailed(describeError(error)));
  }
}
