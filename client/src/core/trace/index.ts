// The trace store: pick two actors, fetch the paths between them (with alternatives), show one at a time.
import { fetchPaths } from "../../api/endpoints";
import { describeError } from "../../api/errors";
import { graphDatasetAtom } from "../dataset";
import { graphMerged } from "../dataset/utils";
import { recordChange } from "../history";
import { atom } from "../utils/atoms";
import { getEmptyTraceState, traceFailed, traceLoaded, traceLoading } from "./utils";

export const traceAtom = atom(getEmptyTraceState());

/** How many paths to ask for: the shortest and its alternatives. */
export const TRACE_PATHS = 5;

export async function runTrace(): Promise<void> {
  const { from, to } = traceAtom.get();
  if (!from || !to) return;
  traceAtom.set(traceLoading());
  try {
    const result = await fetchPaths(from, to, { k: TRACE_PATHS });
    // The paths' nodes must be on the canvas to be drawn.
    const data = graphDatasetAtom.get();
    const merged = graphMerged(result.graph)(data);
    if (merged !== data) {
      recordChange("Show traced paths");
      graphDatasetAtom.set(merged);
    }
    traceAtom.set(traceLoaded(result));
  } catch (error) {
    traceAtom.set(traceFailed(describeError(error)));
  }
}
