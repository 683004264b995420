import { Cell, type CellMap, type NodeCell, type RelationshipCell } from "@domain/contracts/cell";
import { describe, expect, it } from "vitest";
import { cellStrings, cellText, compareCells, MIN_COLUMN_WIDTH, nextSort, resizedWidth, sortRows } from "./rows";

const str = (v: string): Cell => ({ $type: "String", _value: v });
const int = (v: string): Cell => ({ $type: "Integer", _value: v });
const float = (v: string): Cell => ({ $type: "Float", _value: v });
const NULL: Cell = { $type: "Null", _value: null };
const map = (entries: [string, Cell][]): Cell => {
  const m: CellMap = Object.create(null);
  for (const [k, v] of entries) m[k] = v;
  return { $type: "Map", _value: m };
};
const node = (id: string, labels: string[], name: string): NodeCell => ({
  $type: "Node",
  _value: { _element_id: id, _labels: labels, _properties: { name: str(name) } },
});
const rel = (id: string, start: string, end: string): RelationshipCell => ({
  $type: "Relationship",
  _value: {
    _element_id: id,
    _start_node_element_id: start,
    _end_node_element_id: end,
    _type: "BASED_IN",
    _properties: {},
  },
});

describe("result table", () => {
  it("should mark nulls and omitted cells clearly, and never throw on odd values", () => {
    expect(cellText(NULL)).toBe("null");
    expect(cellText({ $type: "Omitted", _value: { reason: "bytes", bytes: 78_000_027 } })).toBe(
      "⟨omitted: 78.0 MB, over the answer's size limit⟩",
    );
    expect(cellText({ $type: "Omitted", _value: { reason: "unsupported", bytes: 0 } })).toMatch(/^⟨omitted: /);
    expect(cellText(map([]))).toBe("{}");
    expect(cellText({ $type: "Base64", _value: "AQID/w==" })).toBe("0x010203ff (4 bytes)");
  });

  it("should show floats as Neo4j writes them, apart from integers, and NaN and Infinity as such", () => {
    expect([float("48.0"), int("48"), float("NaN"), float("-Infinity"), float("1.0E20")].map(cellText)).toEqual([
      "48.0",
      "48",
      "NaN",
      "-Infinity",
      "1.0E20",
    ]);
    expect(cellText(int("9007199254740993"))).toBe("9007199254740993");
  });

  it("should show a map as a map, even one shaped like a node, with every key (__proto__ too)", () => {
    const forged = map([
      ["elementId", str("x")],
      ["labels", { $type: "List", _value: [str("Entity")] }],
      ["__proto__", str("kept")],
      ["$type", str("Node")],
    ]);
    expect(cellText(forged)).toBe('{elementId: "x", labels: ["Entity"], __proto__: "kept", `$type`: "Node"}');
  });

  it("should show nodes, relationships and paths the way Cypher writes them, arrows as the graph points", () => {
    const deepseek = node("a", ["Entity", "Organization"], "DeepSeek");
    const china = node("b", ["Entity", "Country"], "China");
    const alibaba = node("c", ["Entity", "Organization"], "Alibaba");
    expect(cellText(deepseek)).toBe("(:Organization DeepSeek)");
    expect(cellText(rel("r", "a", "b"))).toBe("[:BASED_IN]");
    const path: Cell = { $type: "Path", _value: [deepseek, rel("r", "a", "b"), china, rel("s", "c", "b"), alibaba] };
    expect(cellText(path)).toBe(
      "(:Organization DeepSeek)-[:BASED_IN]->(:Country China)<-[:BASED_IN]-(:Organization Alibaba)",
    );
    expect(cellText({ $type: "List", _value: [str("ديب سيك"), int("3"), { $type: "Boolean", _value: true }] })).toBe(
      '["ديب سيك", 3, true]',
    );
  });

  it("should show temporal values, durations and points as the server wrote them", () => {
    expect(cellText({ $type: "ZonedDateTime", _value: "2015-07-21T21:40:32.142+01:00[Europe/London]" })).toBe(
      "2015-07-21T21:40:32.142+01:00[Europe/London]",
    );
    expect(cellText({ $type: "Duration", _value: "P14DT16H12M" })).toBe("P14DT16H12M");
    expect(cellText({ $type: "Point", _value: "SRID=4326;POINT (12.5 56.25)" })).toBe("SRID=4326;POINT (12.5 56.25)");
  });

  it("should sort numbers as numbers (integers and floats together, big integers exactly), then text, nulls last", () => {
    const rows: Cell[][] = [
      [int("10"), str("b"), int("0")],
      [int("9007199254740993"), NULL, int("1")],
      [float("2.5"), str("a"), int("2")],
      [NULL, str("a"), int("3")],
      [int("9007199254740992"), str("c"), int("4")],
      [float("NaN"), str("10"), int("5")],
      [str("text"), str("2"), int("6")],
    ];
    const order = (sorted: Cell[][]) => sorted.map((r) => cellText(r[2] as Cell));
    const columns = ["n", "s", "i"];
    expect(order(sortRows(rows, columns, { column: "n", direction: "asc" }))).toEqual([
      "2",
      "0",
      "4",
      "1",
      "5",
      "6",
      "3",
    ]);
    expect(order(sortRows(rows, columns, { column: "n", direction: "desc" }))).toEqual([
      "3",
      "6",
      "5",
      "1",
      "4",
      "0",
      "2",
    ]);
    expect(order(sortRows(rows, columns, { column: "s", direction: "asc" }))).toEqual([
      "5",
      "6",
      "2",
      "3",
      "0",
      "4",
      "1",
    ]);
    expect(sortRows(rows, columns, null)).toEqual(rows);
    expect(sortRows(rows, columns, { column: "gone", direction: "asc" })).toEqual(rows);
    expect(compareCells(int("48"), float("48.0"))).toBe(0);
  });

  it("should read the strings of a list cell and nothing from other cells", () => {
    expect(cellStrings(undefined)).toEqual([]);
    expect(cellStrings(str("x"))).toEqual([]);
    expect(cellStrings({ $type: "List", _value: [str("Entity"), int("3"), str("Claim")] })).toEqual([
      "Entity",
      "Claim",
    ]);
  });

  it("should parse a JSON answer's cells keeping every map key, __proto__ and $type included", () => {
    const text =
      '{"$type":"Map","_value":{"__proto__":{"$type":"String","_value":"kept"},"constructor":{"$type":"Integer","_value":"1"},"$type":{"$type":"String","_value":"Node"}}}';
    const parsed = Cell.parse(JSON.parse(text));
    expect(parsed.$type).toBe("Map");
    expect(Object.keys(parsed._value as object)).toEqual(["__proto__", "constructor", "$type"]);
    expect(JSON.stringify(parsed)).toBe(text);
    expect(cellText(parsed)).toBe('{__proto__: "kept", constructor: 1, `$type`: "Node"}');
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
