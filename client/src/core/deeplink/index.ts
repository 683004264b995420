// The URL as a live link: read at start (and on hashchange) to rebuild the view, then kept up to date as the view changes.
import { describeError } from "../../api/errors";
import { authHeaders } from "../../api/token";
import { runCypher } from "../../api/workspace";
import { appearanceAtom } from "../appearance";
import { setLanguage } from "../appearance/utils";
import { graphDatasetAtom } from "../dataset";
import type { CanvasStep } from "../dataset/types";
import { isQueryStep } from "../dataset/utils";
import { selectEdge, selectNode } from "../exploration";
import { collapseNode, expandNode, focusOnNode, loadOverview } from "../exploration/index";
import { filtersAtom } from "../filters";
import { notify } from "../notices";
import { rememberPosition } from "../positions";
import { dropPrefetchedStream } from "../scale/streamSource";
import { selectionAtom } from "../selection";
import { sigmaAtom, sigmaGraph } from "../sigma";
import { fitView } from "../sigma/camera";
import { addTracedPaths } from "../trace";
import { putOnCanvas, workspaceAtom } from "../workspace";
import { runLoaded } from "../workspace/utils";
import { decodeLink, encodeLink, fragmentWith, startsWithOverview } from "./codec";
import { filtersFromLink, linkFilters } from "./filters";
import type { LinkPositions, LinkState } from "./types";

/** A copied link carries node positions up to this many nodes (beyond, the colleague's layout is recomputed). */
export const LINK_POSITIONS_MAX_NODES = 400;

/** True while a link is being applied: the URL is not rewritten from a half-built view. */
let applying = false;

export function currentLinkState(options: { positions: boolean }): LinkState {
  const selected = selectionAtom.get().selected;
  const camera = sigmaAtom.get()?.getCamera().getState() ?? null;
  let positions: LinkPositions | null = null;
  if (options.positions && sigmaGraph.order > 0 && sigmaGraph.order <= LINK_POSITIONS_MAX_NODES) {
    positions = {};
    sigmaGraph.forEachNode((key, a) => {
      if (positions) positions[key] = [a.x, a.y];
    });
  }
  return {
    // The steps of the view shown now: the history restores them with the graph, so a link never holds an undone one.
    steps: graphDatasetAtom.get().steps,
    selection: selected ? { kind: selected.kind, id: selected.id } : null,
    filters: linkFilters(filtersAtom.get()),
    language: appearanceAtom.get().language,
    camera,
    positions,
  };
}

/** The full link to this view, positions included when the graph is small. */
export function linkToView(): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}#${encodeLink(currentLinkState({ positions: true }))}`;
}

function writeUrl(): void {
  if (applying) return;
  const { pathname, search, hash } = window.location;
  const fragment = `#${fragmentWith(hash, currentLinkState({ positions: false }))}`;
  if (fragment !== hash) window.history.replaceState(window.history.state, "", `${pathname}${search}${fragment}`);
}

let timer: ReturnType<typeof setTimeout> | null = null;
function scheduleWrite(): void {
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    writeUrl();
  }, 250);
}

/** Counts link applications: a newer one (another link opened) makes an older one stop quietly. */
let generation = 0;

/** Replays one step of a link; false when it could not be done (the rest of the link is then left out). */
async function replayStep(step: CanvasStep, layout: boolean): Promise<boolean> {
  if (isQueryStep(step)) {
    try {
      const result = await runCypher({ query: step.query, params: step.params });
      // The query goes into the editor for the colleague to read, without opening the drawer over their canvas.
      workspaceAtom.set(runLoaded(step, { open: false }));
      putOnCanvas(result.graph, step, { layout: layout && step.mode === "replace", fit: false, record: false });
      return true;
    } catch (error) {
      notify(`A query of this link could not run: ${describeError(error)}`, "error");
      return false;
    }
  }
  if (step.kind === "neighbors") {
    if (step.mode === "replace") return focusOnNode(step.id, { record: false });
    return (await expandNode(step.id, { record: false, offset: step.offset })) !== null;
  }
  if (step.kind === "collapse") {
    collapseNode(step.id, { record: false });
    return true;
  }
  try {
    await addTracedPaths(step.from, step.to, { record: false });
    return true;
  } catch (error) {
    notify(`The paths of this link could not be traced: ${describeError(error)}`, "error");
    return false;
  }
}

/** Builds the canvas from a link's steps: the overview first unless the first step replaced it. */
async function rebuildCanvas(steps: readonly CanvasStep[], layout: boolean, mine: number): Promise<boolean> {
  if (startsWithOverview({ steps })) await loadOverview();
  else dropPrefetchedStream();
  for (const step of steps) {
    const done = await replayStep(step, layout);
    if (mine !== generation) return false;
    if (!done) break;
  }
  return true;
}

/** Rebuilds the view a link describes: language, filters, positions, the canvas, then selection and camera. */
export async function applyLink(link: LinkState): Promise<void> {
  applying = true;
  const mine = ++generation;
  try {
    if (link.language) appearanceAtom.set(setLanguage(link.language));
    filtersAtom.set(filtersFromLink(link.filters));
    if (link.positions) for (const [key, [x, y]] of Object.entries(link.positions)) rememberPosition(key, { x, y });
    if (!(await rebuildCanvas(link.steps, link.positions === null, mine))) return;
    const graph = graphDatasetAtom.get().graph;
    if (link.selection?.kind === "node" && graph.hasNode(link.selection.id)) selectNode(link.selection.id);
    if (link.selection?.kind === "edge" && graph.hasEdge(link.selection.id)) selectEdge(link.selection.id);
    const camera = sigmaAtom.get()?.getCamera();
    if (camera && link.camera) camera.setState(link.camera);
    else if (link.steps.length > 0) fitView();
  } catch (error) {
    notify(`This link could not be opened in full: ${describeError(error)}`, "error");
  } finally {
    if (mine === generation) {
      applying = false;
      scheduleWrite();
    }
  }
}

/** The first view: the link in the URL when there is one, else the overview. Returns the function that stops the sync. */
export function startLinkSync(): () => void {
  // A #token=… must leave the URL (into sessionStorage) before the link is rewritten.
  authHeaders();
  const link = decodeLink(window.location.hash);
  if (link) void applyLink(link);
  else void loadOverview().finally(scheduleWrite);

  let unbindCamera: (() => void) | null = null;
  const bindCamera = () => {
    unbindCamera?.();
    const camera = sigmaAtom.get()?.getCamera();
    if (!camera) return;
    camera.on("updated", scheduleWrite);
    unbindCamera = () => camera.off("updated", scheduleWrite);
  };
  bindCamera();
  // A link pasted into the address bar of an open explorer: only a fragment that differs from what this page wrote.
  let written = window.location.hash;
  const onHashChange = () => {
    if (window.location.hash === written) return;
    written = window.location.hash;
    const next = decodeLink(window.location.hash);
    if (next) void applyLink(next);
  };
  window.addEventListener("hashchange", onHashChange);
  const unsubscribe = [
    graphDatasetAtom.subscribe((s, p) => {
      if (s.steps !== p.steps) scheduleWrite();
    }),
    selectionAtom.subscribe((s, p) => {
      if (s.selected !== p.selected) scheduleWrite();
    }),
    filtersAtom.subscribe(scheduleWrite),
    appearanceAtom.subscribe(scheduleWrite),
    sigmaAtom.subscribe(bindCamera),
  ];
  return () => {
    for (const stop of unsubscribe) stop();
    unbindCamera?.();
    window.removeEventListener("hashchange", onHashChange);
  };
}

/** Copies the link to this view; resolves to the link (shown to the user too, in case the clipboard is off). */
export async function copyLink(): Promise<{ url: string; copied: boolean }> {
  const url = linkToView();
  try {
    await navigator.clipboard.writeText(url);
    return { url, copied: true };
  } catch {
    return { url, copied: false };
  }
}
