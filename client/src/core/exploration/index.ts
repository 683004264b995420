// Exploring the graph: load the overview, expand (paged), collapse, focus on a node, reveal a hit, select with the camera.
import type { NeighborsResponse } from "@domain/contracts/api";
import { fetchGraph, fetchNeighbors } from "../../api/endpoints";
import { describeError } from "../../api/errors";
import { busyAtom, graphDatasetAtom } from "../dataset/index";
import type { DataGraph, GraphDataState } from "../dataset/types";
import {
  expansionCollapsed,
  expansionMerged,
  graphFailed,
  graphFromWire,
  graphLoaded,
  graphLoading,
  nodeName,
  nodesToCollapse,
  stepRecorded,
  wireCount,
} from "../dataset/utils";
import { afterPaint, loadDetails } from "../details";
import { openHit } from "../details/utils";
import { recordChange } from "../history";
import { notify } from "../notices";
import { placeArrivals, rememberPosition } from "../positions";
import { completeStoredPositions, storedPoint } from "../positions/utils";
import { streamOverview } from "../scale";
import { overviewAtom, overviewLimit } from "../scale/overview";
import { dropPrefetchedStream } from "../scale/streamSource";
import { selectionAtom } from "../selection";
import { clearSelection, select } from "../selection/utils";
import { fitView, focusCamera } from "../sigma/camera";
import { panelsAtom } from "../ui";
import { setDetailsCollapsed } from "../ui/utils";

/** Neighbors fetched per expansion page. */
export const EXPANSION_PAGE = 25;

/**
 * Merges one fetched page of a node's neighbors into the dataset (expansion, "show more" and reveal all do this),
 * recording it as a step of how the canvas was built.
 */
const neighborPageMerged = (id: string, page: NeighborsResponse, offset: number) => (state: GraphDataState) =>
  stepRecorded({ kind: "neighbors", id, mode: "add", offset })(
    expansionMerged({
      nodeId: id,
      graph: page.graph,
      count: page.returned,
      total: wireCount(page.total),
      hasMore: page.more > 0,
    })(state),
  );

/** Replaying a link's steps: no history entry and no notices. */
export interface StepOptions {
  record?: boolean;
}

const labelOf = (graph: DataGraph, id: string) =>
  graph.hasNode(id) ? nodeName(graph.getNodeAttributes(id), "en") : id;

async function busy<T>(message: string, run: () => Promise<T>): Promise<T> {
  busyAtom.set(message);
  try {
    return await run();
  } finally {
    busyAtom.set(null);
  }
}

export async function loadOverview(options: { record?: boolean } = {}): Promise<void> {
  if (options.record) recordChange("Reload the overview");
  graphDatasetAtom.set(graphLoading());
  try {
    // The overview stream (started at boot, core/scale) says first how many nodes it will send: a large graph is
    // taken from it whole (progress bar, stored positions), a small one from the capped /api/graph instead.
    const streamed = await busy("Loading the graph…", () => streamOverview());
    if (streamed.ok) {
      if (options.record) fitView();
      return;
    }
    const response = await busy("Loading the graph…", () =>
      fetchGraph({ limit: overviewLimit(overviewAtom.get(), undefined) }),
    );
    // The layout the server stored, as the stream path draws it, when every node has a position (else the page lays
    // the graph out itself).
    const stored = completeStoredPositions(response.graph.nodes);
    if (stored) for (const [key, point] of Object.entries(stored)) rememberPosition(key, point);
    graphDatasetAtom.set(graphLoaded(response));
    if (options.record) fitView();
    // Said only when the capped overview came instead: if /api/graph fails too, the canvas shows that error.
    if (!streamed.small) notify(`The whole graph could not be streamed (${streamed.message}).`, "error");
  } catch (error) {
    graphDatasetAtom.set(graphFailed(describeError(error)));
  } finally {
    // A prefetched overview stream nobody took (a link that replaced the overview took another path).
    dropPrefetchedStream();
  }
}

/**
 * Places arriving nodes: where the server's layout put them while the page still shows that layout around the node
 * they were reached from (the overview at scale), else next to that node.
 */
function placeAround(
  anchor: string,
  graph: DataGraph,
  keys: string[],
  arriving: ReadonlyArray<{ key: string; attributes?: Record<string, unknown> }>,
): void {
  const storedOf = new Map(arriving.map((n) => [n.key, storedPoint(n.attributes)]));
  placeArrivals(
    { key: anchor, stored: graph.hasNode(anchor) ? storedPoint(graph.getNodeAttributes(anchor)) : undefined },
    keys.map((key) => ({ key, stored: storedOf.get(key) })),
    (key) => (graph.hasNode(anchor) ? anchor : key),
  );
}

/** Fetches the next page of a node's neighbors and merges it; a second call is "show more". */
export async function expandNode(
  id: string,
  options: StepOptions & { offset?: number } = {},
): Promise<{ added: number; more: number } | null> {
  const record = options.record !== false;
  const state = graphDatasetAtom.get();
  const name = labelOf(state.graph, id);
  const offset = options.offset ?? state.expansions[id]?.loaded ?? 0;
  try {
    const page = await busy(`Expanding ${name}…`, () => fetchNeighbors(id, { limit: EXPANSION_PAGE, offset }));
    const current = graphDatasetAtom.get();
    const fresh = page.graph.nodes.map((n) => n.key).filter((k) => !current.graph.hasNode(k));
    if (record) recordChange(offset === 0 ? `Expand ${name}` : `Show more of ${name}`);
    placeAround(id, current.graph, fresh, page.graph.nodes);
    graphDatasetAtom.set(neighborPageMerged(id, page, offset));
    if (!record) return { added: fresh.length, more: page.more };
    if (fresh.length > 0) {
      const more = page.more > 0 ? `; ${page.more} more with “Show more” in its panel` : "";
      notify(`Added ${fresh.length} ${fresh.length === 1 ? "neighbor" : "neighbors"} of ${name}${more}.`);
    } else {
      notify(
        page.returned === 0
          ? `${name} has no neighbors.`
          : page.more > 0
            ? `The next neighbors of ${name} are already shown; “Show more” fetches ${page.more} more.`
            : `All neighbors of ${name} are already shown.`,
      );
    }
    return { added: fresh.length, more: page.more };
  } catch (error) {
    notify(`Could not expand ${name}: ${describeError(error)}`, "error");
    return null;
  }
}

export function collapseNode(id: string, options: StepOptions = {}): number {
  const record = options.record !== false;
  const state = graphDatasetAtom.get();
  const remove = nodesToCollapse(state, id);
  const name = labelOf(state.graph, id);
  if (remove.length === 0) {
    if (record) notify(`Nothing to collapse: ${name}'s expansion added no nodes.`);
    return 0;
  }
  if (record) recordChange(`Collapse ${name}`);
  graphDatasetAtom.set((s) => stepRecorded({ kind: "collapse", id })(expansionCollapsed(id)(s)));
  return remove.length;
}

/** Replaces the canvas with one node and its first page of neighbors, to explore outward from it. */
export async function focusOnNode(id: string, options: StepOptions = {}): Promise<boolean> {
  const record = options.record !== false;
  const name = labelOf(graphDatasetAtom.get().graph, id);
  try {
    const page = await busy(`Focusing on ${name}…`, () => fetchNeighbors(id, { limit: EXPANSION_PAGE, offset: 0 }));
    if (record) recordChange(`Focus on ${name}`);
    const graph = graphFromWire(page.graph);
    graphDatasetAtom.set((state) => ({
      ...state,
      status: "ready",
      error: null,
      graph,
      truncated: false,
      expansions: {
        [id]: {
          nodeId: id,
          addedNodes: graph.nodes().filter((k) => k !== id),
          loaded: page.returned,
          total: wireCount(page.total),
          hasMore: page.more > 0,
        },
      },
      steps: [{ kind: "neighbors", id, mode: "replace", offset: 0 }],
    }));
    if (record) fitView();
    return true;
  } catch (error) {
    notify(`Could not focus on ${name}: ${describeError(error)}`, "error");
    return false;
  }
}

/**
 * Makes sure a node (e.g. a search hit) is on the canvas, bringing its neighborhood if it was not loaded. The
 * neighbors are fetched at once; merging them (which holds the main thread on a large graph) waits for `before`.
 */
export async function revealNode(id: string, label: string, before?: Promise<void>): Promise<boolean> {
  if (graphDatasetAtom.get().graph.hasNode(id)) return true;
  try {
    const page = await busy(`Adding ${label}…`, () => fetchNeighbors(id, { limit: EXPANSION_PAGE, offset: 0 }));
    await before;
    const current = graphDatasetAtom.get();
    const anchor = page.graph.nodes.find((n) => n.key !== id && current.graph.hasNode(n.key))?.key;
    recordChange(`Add ${label}`);
    if (anchor) placeAround(anchor, current.graph, [id], page.graph.nodes);
    graphDatasetAtom.set(neighborPageMerged(id, page, 0));
    return true;
  } catch (error) {
    notify(`Could not add ${label}: ${describeError(error)}`, "error");
    return false;
  }
}

/** Selects a node: its details are asked for first (in flight while the canvas restyles), the camera moves if asked. */
export function selectNode(id: string, options: { camera?: boolean } = {}): void {
  void loadDetails(id);
  panelsAtom.set(setDetailsCollapsed(false));
  selectionAtom.set(select({ kind: "node", id }));
  if (options.camera) focusCamera(id);
}

/** Opens a search hit: its evidence is asked for on the click and painted before the canvas brings it in. */
export function chooseHit(hit: { id: string; label: string }): Promise<boolean> {
  return openHit(hit.id, {
    loadDetails,
    reveal: (shown) => revealNode(hit.id, hit.label, shown),
    painted: afterPaint,
    select: () => selectNode(hit.id, { camera: true }),
    selectedBefore: () => {
      const s = selectionAtom.get().selected;
      return s?.kind === "node" ? s.id : null;
    },
  });
}

export function selectEdge(id: string): void {
  panelsAtom.set(setDetailsCollapsed(false));
  selectionAtom.set(select({ kind: "edge", id }));
  void loadDetails(null);
}

export function unselect(): void {
  selectionAtom.set(clearSelection());
  void loadDetails(null);
}
