// Pure updates of the Cypher workspace state, and the schema read from the live database.
import type { CypherResponse } from "@domain/contracts/api";
import type { QueryDefinition } from "@domain/queries/queryDefinition";
import { paramsToText } from "./params";
import { byteSize, cellStrings } from "./rows";
import type { DbSchema, QueryRun, ResultView, WorkspaceError, WorkspaceState } from "./types";

export const EXAMPLE_QUERY =
  "MATCH p = (:Organization {name: 'DeepSeek'})-[*..3]-(x)\nWHERE none(n IN nodes(p) WHERE n:Source)\nRETURN p\nLIMIT 200";

export function getEmptyWorkspaceState(): WorkspaceState {
  return {
    open: false,
    query: EXAMPLE_QUERY,
    paramsText: "",
    status: "idle",
    ran: null,
    result: null,
    shown: false,
    error: null,
    view: "graph",
    history: [],
    favourites: [],
    schema: null,
    library: [],
  };
}

export const setOpen =
  (open: boolean) =>
  (state: WorkspaceState): WorkspaceState => ({ ...state, open });
export const setQuery =
  (query: string) =>
  (state: WorkspaceState): WorkspaceState =>
    state.query === query ? state : { ...state, query };
export const setParamsText =
  (paramsText: string) =>
  (state: WorkspaceState): WorkspaceState =>
    state.paramsText === paramsText ? state : { ...state, paramsText };
export const setView =
  (view: ResultView) =>
  (state: WorkspaceState): WorkspaceState => ({ ...state, view });

/** Puts a query and its parameters into the editors (from the library, history, a favourite or a link). */
export const runLoaded =
  (run: QueryRun, options: { open?: boolean } = {}) =>
  (state: WorkspaceState): WorkspaceState => ({
    ...state,
    // A link's query goes into the editor without opening the drawer over the colleague's canvas.
    open: options.open === false ? state.open : true,
    query: run.query,
    paramsText: paramsToText(run.params),
  });

export const runStarted =
  (run: QueryRun) =>
  (state: WorkspaceState): WorkspaceState => ({
    ...state,
    open: true,
    status: "running" as const,
    ran: run,
    shown: false,
    error: null,
  });

export const runSucceeded =
  (result: CypherResponse) =>
  (state: WorkspaceState): WorkspaceState => ({
    ...state,
    status: "done" as const,
    result,
    shown: false,
    error: null,
    view: result.graph.nodes.length === 0 && state.view === "graph" ? ("table" as const) : state.view,
  });

/** The view reports it has drawn `result`; a report about an older result (a run since) changes nothing. */
export const resultShown =
  (result: CypherResponse) =>
  (state: WorkspaceState): WorkspaceState =>
    state.result === result && !state.shown ? { ...state, shown: true } : state;

/**
 * A refused or failed run clears the previous result: left on screen under the error, it read as this query's answer
 * and its "Add to canvas" would have added the old result under the new query's name.
 */
export const runFailed =
  (error: WorkspaceError) =>
  (state: WorkspaceState): WorkspaceState => ({
    ...state,
    status: "error" as const,
    error,
    result: null,
    shown: false,
  });

export const errorCleared =
  () =>
  (state: WorkspaceState): WorkspaceState =>
    state.error === null
      ? state
      : { ...state, error: null, status: state.result ? ("done" as const) : ("idle" as const) };

export const schemaLoaded =
  (schema: DbSchema) =>
  (state: WorkspaceState): WorkspaceState => ({ ...state, schema });
export const libraryLoaded =
  (library: QueryDefinition[]) =>
  (state: WorkspaceState): WorkspaceState => ({ ...state, library });

/** The schema from the one-row answer of cypher/client/schema.cypher (three List cells of strings). */
export function schemaFromResult(result: Pick<CypherResponse, "columns" | "rows">): DbSchema {
  const row = result.rows[0] ?? [];
  const sorted = (column: string) =>
    [...new Set(cellStrings(row[result.columns.indexOf(column)]))].sort((a, b) => a.localeCompare(b));
  return {
    labels: sorted("labels"),
    relationshipTypes: sorted("relationshipTypes"),
    propertyKeys: sorted("propertyKeys"),
  };
}

/** A short summary of a result: "12 nodes, 14 relationships, 3 rows". */
export function describeResult(result: CypherResponse): string {
  const n = result.graph.nodes.length;
  const e = result.graph.edges.length;
  const r = result.rows.length;
  const plural = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  return `${plural(n, "node", "nodes")}, ${plural(e, "relationship", "relationships")}, ${plural(r, "row", "rows")}`;
}

/** What the notice of a cut answer says: which of the server's caps was hit first. */
export function truncationText(result: Pick<CypherResponse, "truncatedReason" | "limits">): string {
  const { maxRows, maxNodes, maxBytes } = result.limits;
  switch (result.truncatedReason) {
    case "rows":
      return `The result was cut at the server's cap of ${maxRows} rows.`;
    case "nodes":
      return `The graph was cut at the server's cap of ${maxNodes} nodes.`;
    case "bytes":
      return `The answer reached the server's size limit (${byteSize(maxBytes)}): rows or values marked ⟨omitted⟩ were left out.`;
    default:
      return "The result is incomplete.";
  }
}
