// The workspace store and its actions: run a checked query, load the schema and the library, put a result on the canvas.

import type { CypherResponse } from "@domain/contracts/api";
import type { WireGraph } from "@domain/contracts/wire";
import schemaQuery from "../../../../cypher/client/schema.cypher?raw";
import { ApiError, describeError, isAbort } from "../../api/errors";
import { fetchQueries, runCypher } from "../../api/workspace";
import { busyAtom, graphDatasetAtom } from "../dataset";
import type { QueryStep } from "../dataset/types";
import { graphLoaded, graphMerged, stepRecorded } from "../dataset/utils";
import { recordChange } from "../history";
import { runInitialLayout } from "../layout";
import { notify } from "../notices";
import { placeNear } from "../positions";
import { fitView } from "../sigma/camera";
import { atom } from "../utils/atoms";
import { checkRun } from "./params";
import { untrimPosition } from "./position";
import {
  FAVOURITES_KEY,
  favouriteNameProblem,
  favouriteRemoved,
  favouriteRenamed,
  favouriteSaved,
  HISTORY_KEY,
  historyAdded,
  parseFavourites,
  parseHistory,
} from "./storage";
import type { QueryRun, WorkspaceError, WorkspaceState } from "./types";
import {
  getEmptyWorkspaceState,
  libraryLoaded,
  resultShown,
  runFailed,
  runStarted,
  runSucceeded,
  schemaFromResult,
  schemaLoaded,
} from "./utils";

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function initialWorkspace(): WorkspaceState {
  return {
    ...getEmptyWorkspaceState(),
    history: parseHistory(read(HISTORY_KEY)),
    favourites: parseFavourites(read(FAVOURITES_KEY)),
  };
}

export const workspaceAtom = atom(initialWorkspace());

workspaceAtom.subscribe((state, previous) => {
  try {
    if (state.history !== previous.history) localStorage.setItem(HISTORY_KEY, JSON.stringify(state.history));
    if (state.favourites !== previous.favourites) {
      localStorage.setItem(FAVOURITES_KEY, JSON.stringify(state.favourites));
    }
  } catch {
    // Storage full or off: kept for this page only.
  }
});

/** A failed run as the workspace shows it; a Neo4j syntax error keeps its place in the editor's text. */
export function errorOf(error: unknown, query: string): WorkspaceError {
  if (error instanceof ApiError) {
    const p = error.problem;
    const position = p?.line !== undefined && p.column !== undefined ? { line: p.line, column: p.column } : null;
    return {
      code: error.code,
      message: describeError(error),
      in: position ? "query" : null,
      position: position ? untrimPosition(query, position) : null,
    };
  }
  return { code: "INTERNAL_ERROR", message: describeError(error), in: null, position: null };
}

let running: AbortController | null = null;

/** Runs the editors' query (or `given`), checked first; a newer run cancels an older one. */
export async function runQuery(given?: QueryRun): Promise<CypherResponse | null> {
  let run: QueryRun;
  if (given) run = given;
  else {
    const state = workspaceAtom.get();
    const checked = checkRun(state.query, state.paramsText);
    if (!checked.ok) {
      workspaceAtom.set(runFailed(checked.error));
      return null;
    }
    run = checked.value;
  }
  running?.abort();
  const controller = new AbortController();
  running = controller;
  workspaceAtom.set(runStarted(run));
  busyAtom.set("Running the query…");
  try {
    const result = await runCypher(run, controller.signal);
    workspaceAtom.set(runSucceeded(result));
    workspaceAtom.set((s) => ({
      ...s,
      history: historyAdded({ ...run, at: new Date().toISOString() })(s.history),
    }));
    return result;
  } catch (error) {
    if (!isAbort(error)) workspaceAtom.set(runFailed(errorOf(error, run.query)));
    return null;
  } finally {
    if (running === controller) {
      running = null;
      busyAtom.set(null);
    }
  }
}

/** Called by the result's view once it has drawn `result` on screen: from then on the drawer says "done". */
export function markResultShown(result: CypherResponse): void {
  workspaceAtom.set(resultShown(result));
}

let schemaRequested = false;

/** Reads labels, relationship types and property keys once, for autocompletion; a failure is retried next time. */
export async function loadSchema(): Promise<void> {
  if (schemaRequested) return;
  schemaRequested = true;
  try {
    const result = await runCypher({ query: schemaQuery, params: {} });
    workspaceAtom.set(schemaLoaded(schemaFromResult(result)));
  } catch {
    schemaRequested = false;
  }
}

let libraryRequested = false;

export async function loadLibrary(): Promise<void> {
  if (libraryRequested) return;
  libraryRequested = true;
  try {
    workspaceAtom.set(libraryLoaded((await fetchQueries()).queries));
  } catch (error) {
    libraryRequested = false;
    notify(`Could not load the query library: ${describeError(error)}`, "error");
  }
}

/**
 * Merges or puts a query's graph on the canvas, recording `step` (the query that gave it) as how the canvas was
 * built; "replace" lays it out afresh unless positions are known.
 */
export function putOnCanvas(
  wire: WireGraph,
  step: QueryStep,
  options: { layout?: boolean; fit?: boolean; record?: boolean } = {},
): void {
  const record = options.record !== false;
  if (step.mode === "replace") {
    if (record) recordChange("Show a query result");
    const totals = { nodes: wire.nodes.length, edges: wire.edges.length };
    graphDatasetAtom.set(graphLoaded({ graph: wire, truncated: false, totals }, [step]));
    if (options.layout !== false) runInitialLayout();
  } else {
    if (record) recordChange("Add a query result");
    const current = graphDatasetAtom.get().graph;
    const fresh = wire.nodes.map((n) => n.key).filter((k) => !current.hasNode(k));
    const anchorOf = (key: string) =>
      wire.edges
        .map((e) => (e.source === key ? e.target : e.target === key ? e.source : null))
        .find((other) => other !== null && current.hasNode(other)) ?? undefined;
    placeNear(fresh, anchorOf);
    graphDatasetAtom.set((state) => stepRecorded(step)(graphMerged(wire)(state)));
  }
  if (options.fit !== false) fitView();
}

/** Puts the last result on the canvas (instead of, or in addition to, what is there) and records the step. */
export function showResultOnCanvas(mode: "replace" | "add"): boolean {
  const { result, ran } = workspaceAtom.get();
  if (!result || !ran) return false;
  putOnCanvas(result.graph, { query: ran.query, params: ran.params, mode });
  const n = result.graph.nodes.length;
  notify(
    mode === "replace" ? `The canvas shows the result: ${n} nodes.` : `Added the result's ${n} nodes to the canvas.`,
  );
  return true;
}

/**
 * Saves the editor's query and parameters (or the last run's, when the editor's do not check) as a favourite named
 * `name`; returns why it could not (no query yet, or the name's problem from favouriteNameProblem), else null.
 */
export function saveFavourite(name: string): string | null {
  const { ran, query, paramsText, favourites } = workspaceAtom.get();
  const checked = checkRun(query, paramsText);
  const run = checked.ok ? checked.value : ran;
  if (!run) return "Write a query first: there is nothing to save.";
  const problem = favouriteNameProblem(name, favourites);
  if (problem) return problem;
  workspaceAtom.set((s) => ({ ...s, favourites: favouriteSaved({ ...run, name: name.trim() })(s.favourites) }));
  notify(`Saved “${name.trim()}” to your favourites.`);
  return null;
}

/** Renames a favourite; returns the new name's problem (empty, too long, taken), else null. */
export function renameFavourite(from: string, to: string): string | null {
  const problem = favouriteNameProblem(to, workspaceAtom.get().favourites, from);
  if (problem) return problem;
  workspaceAtom.set((s) => ({ ...s, favourites: favouriteRenamed(from, to)(s.favourites) }));
  return null;
}

export function removeFavourite(name: string): void {
  workspaceAtom.set((s) => ({ ...s, favourites: favouriteRemoved(name)(s.favourites) }));
}

export function clearHistory(): void {
  workspaceAtom.set((s) => ({ ...s, history: [] }));
}
