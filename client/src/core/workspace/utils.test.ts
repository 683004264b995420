import type { CypherResponse } from "@domain/contracts/api";
import { describe, expect, it } from "vitest";
import { smallWire } from "../testing/fixtures";
import {
  describeResult,
  errorCleared,
  getEmptyWorkspaceState,
  resultShown,
  runFailed,
  runLoaded,
  runStarted,
  runSucceeded,
  schemaFromResult,
  truncationText,
} from "./utils";

const result = (graph = smallWire()): CypherResponse => ({
  columns: ["p"],
  rows: [[{ $type: "Integer", _value: "1" }]],
  graph,
  truncated: false,
  truncatedReason: null,
  limits: { maxRows: 1000, maxNodes: 5000, maxBytes: 4_194_304, timeoutMs: 10000 },
});

describe("workspace state", () => {
  it("should drop the last result on an error, so nothing of it can be added to the canvas, and clear to idle", () => {
    let state = runSucceeded(result())(runStarted({ query: "q", params: {} })(getEmptyWorkspaceState()));
    state = runFailed({ code: "CYPHER_INVALID", message: "bad", in: "query", position: { line: 1, column: 2 } })(state);
    expect(state.status).toBe("error");
    expect(state.result).toBeNull();
    const cleared = errorCleared()(state);
    expect(cleared.status).toBe("idle");
    expect(errorCleared()(cleared)).toBe(cleared);
  });

  it("should open the workspace with a loaded query and its parameters as JSON", () => {
    const state = runLoaded({ query: "MATCH (n {id: $id}) RETURN n", params: { id: "x" } })(getEmptyWorkspaceState());
    expect(state.open).toBe(true);
    expect(JSON.parse(state.paramsText)).toEqual({ id: "x" });
  });

  it("should switch to the table when a result has no graph", () => {
    const empty = { ...smallWire(), nodes: [], edges: [] };
    expect(runSucceeded(result(empty))(getEmptyWorkspaceState()).view).toBe("table");
    expect(runSucceeded(result())(getEmptyWorkspaceState()).view).toBe("graph");
  });

  it("should read the schema row, ignoring what is not a string, sorted and without repeats", () => {
    expect(schemaFromResult({ columns: [], rows: [] })).toEqual({
      labels: [],
      relationshipTypes: [],
      propertyKeys: [],
    });
    const strings = (...xs: string[]) => ({
      $type: "List" as const,
      _value: xs.map((x) => ({ $type: "String" as const, _value: x })),
    });
    const labels = strings("Person", "Entity", "Person");
    labels._value.push({ $type: "Integer", _value: "3" } as never);
    expect(
      schemaFromResult({
        columns: ["labels", "relationshipTypes", "propertyKeys"],
        rows: [[labels, strings("WORKS_FOR"), { $type: "Null", _value: null }]],
      }),
    ).toEqual({ labels: ["Entity", "Person"], relationshipTypes: ["WORKS_FOR"], propertyKeys: [] });
  });

  it("should say which cap cut an answer", () => {
    const limits = result().limits;
    expect(truncationText({ truncatedReason: null, limits })).toBe("The result is incomplete.");
    expect(truncationText({ truncatedReason: "rows", limits })).toContain("1000 rows");
    expect(truncationText({ truncatedReason: "nodes", limits })).toContain("5000 nodes");
    expect(truncationText({ truncatedReason: "bytes", limits })).toContain("4.2 MB");
  });

  it("should summarise a result", () => {
    expect(describeResult(result())).toBe("7 nodes, 8 relationships, 1 row");
  });
});

describe("result shown", () => {
  it("should ignore a report about a result that is no longer the current one", () => {
    const older = result();
    const current = result();
    const state = runSucceeded(current)(getEmptyWorkspaceState());
    expect(resultShown(older)(state)).toBe(state);
    expect(resultShown(current)(getEmptyWorkspaceState()).shown).toBe(false);
  });

  it("should say the result is shown only once its view reports it, and forget it at the next run or error", () => {
    const run = { query: "RETURN 1", params: {} };
    const current = result();
    const done = runSucceeded(current)(runStarted(run)(getEmptyWorkspaceState()));
    expect(done).toMatchObject({ status: "done", shown: false });
    const shown = resultShown(current)(done);
    expect(shown.shown).toBe(true);
    expect(runStarted(run)(shown).shown).toBe(false);
    expect(runFailed({ code: "CYPHER_INVALID", message: "x", in: null, position: null })(shown).shown).toBe(false);
  });
});
