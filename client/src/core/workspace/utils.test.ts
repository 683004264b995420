import { describe, expect, it } from "vitest";
import type { CypherResponse } from "../../../../server/domain/api";
import { smallWire } from "../testing/fixtures";
import {
  describeResult,
  errorCleared,
  getEmptyWorkspaceState,
  runFailed,
  runLoaded,
  runStarted,
  runSucceeded,
  schemaFromRows,
} from "./utils";

const result = (graph = smallWire()): CypherResponse => ({
  columns: ["p"],
  rows: [{ p: 1 }],
  graph,
  truncated: false,
  limits: { maxRows: 1000, maxNodes: 5000, timeoutMs: 10000 },
});

describe("workspace state", () => {
  it("should keep the last result under an error, and clear the error back to it", () => {
    let state = runSucceeded(result())(runStarted({ query: "q", params: {} })(getEmptyWorkspaceState()));
    state = runFailed({ code: "CYPHER_INVALID", message: "bad", in: "query", position: { line: 1, column: 2 } })(state);
    expect(state.status).toBe("error");
    expect(state.result).not.toBeNull();
    const cleared = errorCleared()(state);
    expect(cleared.status).toBe("done");
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
    expect(schemaFromRows([])).toEqual({ labels: [], relationshipTypes: [], propertyKeys: [] });
    expect(
      schemaFromRows([
        { labels: ["Person", "Entity", 3, "Person"], relationshipTypes: ["WORKS_FOR"], propertyKeys: null },
      ]),
    ).toEqual({ labels: ["Entity", "Person"], relationshipTypes: ["WORKS_FOR"], propertyKeys: [] });
  });

  it("should summarise a result", () => {
    expect(describeResult(result())).toBe("7 nodes, 8 relationships, 1 row");
  });
});
