import { describe, expect, it } from "vitest";
import { cellText, MIN_COLUMN_WIDTH, nextSort, resizedWidth, sortRows } from "./rows";

const node = (labels: string[], properties: Record<string, unknown>) => ({ elementId: "4:x:1", labels, properties });

describe("result table", () => {
  it("should show nulls as empty and never throw on odd values", () => {
    expect(cellText(null)).toBe("");
    expect(cellText(undefined)).toBe("");
    expect(cellText({ a: [1, "x"] })).toBe('{"a":[1,"x"]}');
  });

  it("should show nodes, relationships and paths the way Cypher writes them", () => {
    const deepseek = node(["Entity", "Organization"], { id: "org:deepseek", name: "DeepSeek" });
    const china = node(["Entity", "Country"], { name: "China" });
    const rel = {
      elementId: "5:x:1",
      type: "BASED_IN",
      startNodeElementId: "a",
      endNodeElementId: "b",
      properties: {},
    };
    expect(cellText(deepseek)).toBe("(:Organization DeepSeek)");
    expect(cellText(rel)).toBe("[:BASED_IN]");
    expect(
      cellText({ start: deepseek, end: china, segments: [{ start: deepseek, relationship: rel, end: china }] }),
    ).toBe("(:Organization DeepSeek)-[:BASED_IN]-(:Country China)");
    expect(cellText(["ديب سيك", 3, true])).toBe("[ديب سيك, 3, true]");
  });

  it("should sort numbers as numbers (big integers too), text by its words, nulls last, and keep ties in order", () => {
    const rows = [
      { n: 10, s: "b", i: 0 },
      { n: "9007199254740993", s: null, i: 1 },
      { n: 2, s: "a", i: 2 },
      { n: null, s: "a", i: 3 },
    ];
    expect(sortRows(rows, { column: "n", direction: "asc" }).map((r) => r.i)).toEqual([2, 0, 1, 3]);
    expect(sortRows(rows, { column: "n", direction: "desc" }).map((r) => r.i)).toEqual([3, 1, 0, 2]);
    expect(sortRows(rows, { column: "s", direction: "asc" }).map((r) => r.i)).toEqual([2, 3, 0, 1]);
    expect(sortRows(rows, null)).toEqual(rows);
  });

  it("should cycle a header through ascending, descending and unsorted", () => {
    const first = nextSort("n")(null);
    expect(first).toEqual({ column: "n", direction: "asc" });
    expect(nextSort("n")(first)).toEqual({ column: "n", direction: "desc" });
    expect(nextSort("n")({ column: "n", direction: "desc" })).toBeNull();
    expect(nextSort("m")(first)).toEqual({ column: "m", direction: "asc" });
  });

  it("should never resize a column below its minimum", () => {
    expect(resizedWidth(100, -500)).toBe(MIN_COLUMN_WIDTH);
    expect(resizedWidth(100, 25.4)).toBe(125);
  });
});
