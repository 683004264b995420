// Cypher workspace state: the editor's query and JSON parameters, the last result, history, favourites and the schema.
import type { CypherResponse } from "@domain/contracts/api";
import type { ErrorCode } from "@domain/contracts/problem";
import type { QueryDefinition } from "@domain/queries/queryDefinition";

export type ResultView = "graph" | "table" | "json";

/** Where an error sits in the editor's text (1-based), when the server or the JSON parser said. */
export interface TextPosition {
  line: number;
  column: number;
}

export interface WorkspaceError {
  /** Stable code from the shared list: CYPHER_INVALID, a refusal such as CYPHER_NOT_READ_ONLY, PARAMS_INVALID, … */
  code: ErrorCode;
  message: string;
  /** Which editor the position refers to. */
  in: "query" | "params" | null;
  position: TextPosition | null;
}

/** A query with its parameters, as run. */
export interface QueryRun {
  query: string;
  params: Record<string, unknown>;
}

export interface HistoryEntry extends QueryRun {
  /** ISO time of the run. */
  at: string;
}

export interface Favourite extends QueryRun {
  name: string;
}

/** Labels, relationship types and property keys of the live database, for autocompletion. */
export interface DbSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

export interface WorkspaceState {
  /** The workspace drawer under the canvas is open. */
  open: boolean;
  query: string;
  /** Parameters as the user typed them (JSON text). */
  paramsText: string;
  status: "idle" | "running" | "done" | "error";
  /** The query and parameters of the result below. */
  ran: QueryRun | null;
  result: CypherResponse | null;
  /**
   * The result's current view has drawn it (the graph preview rendered, or the table or JSON mounted). The drawer
   * says "done" only then, so "done" never shows over the previous result or an empty view.
   */
  shown: boolean;
  error: WorkspaceError | null;
  view: ResultView;
  history: HistoryEntry[];
  favourites: Favourite[];
  schema: DbSchema | null;
  library: QueryDefinition[];
}
