// Typed cells of a researcher's Cypher: Neo4j's text of floats and temporal values, exact byte counts, every map key kept.

import { Cell } from "@domain/contracts/cell";
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import {
  dateText,
  dateTimeText,
  durationText,
  floatText,
  localTimeText,
  offsetText,
  pointText,
} from "../../server/neo4j/neo4jText";
import { boundedCell, cellBytes, toCell, toPlain } from "../../server/neo4j/values";
import { jsonBytes, jsonStringBytes } from "../../server/text/jsonBytes";

const {
  Node,
  Relationship,
  Path,
  PathSegment,
  Date: Neo4jDate,
  DateTime,
  LocalDateTime,
  LocalTime,
  Time,
} = neo4j.types;
const { Duration, Point } = neo4j.types;
const int = neo4j.int;

const utf8 = (value: unknown) => Buffer.byteLength(JSON.stringify(value), "utf8");

const STRINGS = [
  "",
  "plain",
  'quote " and \\ backslash',
  "controls \n\r\t\b\f \u0000 \u001f \u007f",
  "عنصر — تشاو",
  "emoji 🐉 pair",
  "lone \ud800 high and \udc00 low",
  "end high \ud83d",
  "\u2028\u2029",
];

const a = new Node(int(1), ["Entity", "Organization"], { id: "org:a", name: "عنصر" }, "4:x:1");
const b = new Node(int(2), ["Entity"], { id: "org:b" }, "4:x:2");
const r = new Relationship(int(3), int(1), int(2), "BASED_IN", { quotes: ["q"], n: int(2) }, "5:x:3", "4:x:1", "4:x:2");

/** Driver values of every kind the cells encode, nested. */
function driverValues(): unknown[] {
  const proto: Record<string, unknown> = {};
  Object.defineProperty(proto, "__proto__", { value: "kept", enumerable: true, writable: true, configurable: true });
  return [
    null,
    true,
    false,
    0,
    -0,
    48,
    0.1,
    1e21,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    int(48),
    int("9223372036854775807"),
    int("-9223372036854775808"),
    ...STRINGS,
    [1, [int(2), ["x"]], []],
    { ...proto, constructor: "c", $type: "Node", _value: {} },
    new Int8Array([1, 2, 3, -1]),
    new Neo4jDate(2015, 3, 26),
    new Time(12, 50, 35, 556_000_000, 3600),
    new LocalTime(12, 0, 0, 0),
    new LocalDateTime(2015, 6, 24, 12, 50, 35, 1),
    new DateTime(2015, 7, 21, 21, 40, 32, 142_000_000, 3600, "Europe/London"),
    new DateTime(2015, 11, 21, 21, 40, 32, 0, 0),
    new Duration(14, 3, 14706, 700_000_000),
    new Point(int(4326), 12.5, 56.25),
    new Point(int(9157), 1, 2, 3.5),
    a,
    r,
    new Path(a, b, [new PathSegment(a, r, b)]),
    { nested: [a, { path: new Path(a, a, []) }] },
  ];
}

/** A deterministic pseudo-random nested value (xorshift), so the byte count is checked on shapes no one wrote. */
function randomValue(seed: number, depth = 0): unknown {
  let x = seed;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
  const pick = next();
  if (depth > 3 || pick < 0.5) {
    const leaves = [
      STRINGS[Math.floor(next() * STRINGS.length)],
      next() * 1e6,
      int(Math.floor(next() * 1e9)),
      null,
      next() < 0.5,
    ];
    return leaves[Math.floor(next() * leaves.length)];
  }
  const size = Math.floor(next() * 4);
  if (pick < 0.75) return Array.from({ length: size }, (_, i) => randomValue(seed * 31 + i + 1, depth + 1));
  const map: Record<string, unknown> = {};
  for (let i = 0; i < size; i++)
    map[STRINGS[i % STRINGS.length] ?? `k${i}`] = randomValue(seed * 17 + i + 1, depth + 1);
  return map;
}

describe("jsonBytes", () => {
  it("should refuse what JSON cannot hold faithfully", () => {
    expect(() => jsonBytes(Number.NaN)).toThrow(TypeError);
    expect(() => jsonBytes(Number.POSITIVE_INFINITY)).toThrow(TypeError);
    expect(() => jsonBytes(1n)).toThrow(TypeError);
  });

  it("should count exactly the UTF-8 bytes JSON.stringify writes", () => {
    for (const s of STRINGS) expect(jsonStringBytes(s), JSON.stringify(s)).toBe(utf8(s));
    const value = { a: [1, -2.5, true, null, "عنصر"], b: { c: "🐉" }, skipped: undefined };
    expect(jsonBytes(value)).toBe(utf8(value));
  });
});

describe("Neo4j's text of values", () => {
  it("should write floats as Java's Double.toString does", () => {
    const cases: [number, string][] = [
      [48, "48.0"],
      [0.001, "0.001"],
      [9.9e-4, "9.9E-4"],
      [9999999, "9999999.0"],
      [1e7, "1.0E7"],
      [123456789.123, "1.23456789123E8"],
      [1e20, "1.0E20"],
      [1e-5, "1.0E-5"],
      [-0, "-0.0"],
      [0, "0.0"],
      [Number.NaN, "NaN"],
      [Number.POSITIVE_INFINITY, "Infinity"],
      [Number.NEGATIVE_INFINITY, "-Infinity"],
    ];
    for (const [x, text] of cases) expect(floatText(x), String(x)).toBe(text);
    for (const [x] of cases) if (Number.isFinite(x)) expect(Number(floatText(x))).toBe(x);
  });

  it("should write dates, times and offsets as java.time does", () => {
    expect(dateText(new Neo4jDate(-1, 1, 1))).toBe("-0001-01-01");
    expect(dateText(new Neo4jDate(10000, 1, 1))).toBe("+10000-01-01");
    expect(localTimeText(new LocalTime(12, 50, 35, 556_100_000))).toBe("12:50:35.5561");
    expect(localTimeText(new LocalTime(12, 0, 0, 1))).toBe("12:00:00.000000001");
    expect([0, 3600, -9000, 1172].map(offsetText)).toEqual(["Z", "+01:00", "-02:30", "+00:19:32"]);
    expect(dateTimeText(new DateTime(1900, 1, 1, 0, 0, 0, 0, 0, "Europe/Amsterdam"))).toBe(
      "1900-01-01T00:00:00Z[Europe/Amsterdam]",
    );
  });

  it("should write durations as Neo4j's toString() does", () => {
    const cases: [[number, number, number, number], string][] = [
      [[0, 0, 0, 0], "PT0S"],
      [[0, 14, 0, 0], "P14D"],
      [[0, 14, 58320, 0], "P14DT16H12M"],
      [[14, 3, 14706, 700_000_000], "P1Y2M3DT4H5M6.7S"],
      [[0, 0, -1, 500_000_000], "PT-0.5S"],
      [[0, -1, 7200, 0], "P-1DT2H"],
      [[0, 0, 1, 1], "PT1.000000001S"],
      [[0, 0, -90, 5], "PT-1M-29.999999995S"],
      [[0, 0, 360000, 0], "PT100H"],
    ];
    for (const [[months, days, seconds, nanos], text] of cases) {
      expect(durationText(new Duration(months, days, seconds, nanos)), text).toBe(text);
    }
  });

  it("should write points as the Query API's extended WKT", () => {
    expect(pointText(new Point(int(4326), 12.5, 56.25))).toBe("SRID=4326;POINT (12.5 56.25)");
    expect(pointText(new Point(int(4979), 1e-5, 10, 1e20))).toBe("SRID=4979;POINT Z (1.0E-5 10.0 1.0E20)");
  });
});

describe("plain values", () => {
  it("should convert every element of a list that holds anything but strings, and keep a list of strings as it is", () => {
    const arabic = "ماتي تشاو، الرئيس المشارك";
    // A string anywhere but first, then an Integer after strings, an unsafe one, a non-finite float, a nested list.
    expect(toPlain(["a", arabic, int(7)])).toEqual(["a", arabic, 7]);
    expect(toPlain([arabic, int("9007199254740993")])).toEqual([arabic, "9007199254740993"]);
    expect(toPlain(["x", Number.NaN, 1.5])).toEqual(["x", "NaN", 1.5]);
    expect(toPlain(["x", [int(1)]])).toEqual(["x", [1]]);
    expect(toPlain([true, "x"])).toEqual([true, "x"]);
    expect(toPlain([])).toEqual([]);
    const strings = ["quote", arabic, ""];
    expect(toPlain(strings)).toEqual(["quote", arabic, ""]);
    expect(JSON.stringify(toPlain(strings))).toBe(JSON.stringify(["quote", arabic, ""]));
  });
});

describe("typed cells", () => {
  it("should refuse cells that are not Neo4j's typed JSON", () => {
    for (const bad of [
      { elementId: "x", labels: ["Entity"], properties: {} },
      { $type: "Float", _value: 48 },
      { $type: "Float", _value: "48" },
      { $type: "Integer", _value: "4.8" },
      { $type: "Node", _value: { _element_id: "x", _labels: [], _properties: { id: "org:a" } } },
      { $type: "Map", _value: { a: "plain" } },
      { $type: "Omitted", _value: { reason: "other", bytes: 1 } },
    ]) {
      expect(Cell.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    const nested = Cell.safeParse({ $type: "Map", _value: { a: { $type: "List", _value: [{ $type: "Nope" }] } } });
    expect(nested.error?.issues[0]?.path).toEqual(["_value", "a", "_value", 0, "$type"]);
  });

  it("should keep maps as Map cells whatever their keys, and integers apart from floats", () => {
    const forged = { elementId: "4:x:1", labels: ["Entity"], properties: { id: "org:a", quotes: ["q"] } };
    expect(toCell(forged).$type).toBe("Map");
    expect(toCell({ $type: "Node", _value: {} })).toEqual({
      $type: "Map",
      _value: { $type: { $type: "String", _value: "Node" }, _value: { $type: "Map", _value: {} } },
    });
    expect([toCell(48), toCell(int(48)), toCell(Number.NaN), toCell(int("9007199254740993"))]).toEqual([
      { $type: "Float", _value: "48.0" },
      { $type: "Integer", _value: "48" },
      { $type: "Float", _value: "NaN" },
      { $type: "Integer", _value: "9007199254740993" },
    ]);
  });

  it("should tag only the driver's nodes, relationships and paths as such, a path as its elements in order", () => {
    const path = toCell(new Path(a, b, [new PathSegment(a, r, b)]));
    expect(path.$type).toBe("Path");
    expect((path._value as Cell[]).map((c) => c.$type)).toEqual(["Node", "Relationship", "Node"]);
    expect(toCell(a)).toMatchObject({
      $type: "Node",
      _value: { _element_id: "4:x:1", _labels: ["Entity", "Organization"], _properties: { id: { _value: "org:a" } } },
    });
  });

  it("should keep every map key, __proto__, constructor and $type included, through JSON and the schema", () => {
    const map: Record<string, unknown> = {};
    for (const k of ["__proto__", "constructor", "$type", "_value"]) {
      Object.defineProperty(map, k, { value: k.length, enumerable: true, writable: true, configurable: true });
    }
    const text = JSON.stringify(toCell(map));
    expect(Object.keys(JSON.parse(text)._value)).toEqual(["__proto__", "constructor", "$type", "_value"]);
    const parsed = Cell.parse(JSON.parse(text));
    expect(JSON.stringify(parsed)).toBe(text);
    expect(Object.keys(toPlain(map) as object)).toEqual(["__proto__", "constructor", "$type", "_value"]);
  });

  it("should count each cell's bytes exactly as JSON.stringify writes it", () => {
    for (const value of driverValues()) {
      expect(cellBytes(value), JSON.stringify(toCell(value)).slice(0, 80)).toBe(utf8(toCell(value)));
      const cell = toCell(value);
      expect(Cell.safeParse(JSON.parse(JSON.stringify(cell))).success, cell.$type).toBe(true);
    }
    for (let seed = 1; seed <= 300; seed++) {
      const value = randomValue(seed);
      expect(cellBytes(value)).toBe(utf8(toCell(value)));
    }
  });

  it("should replace a cell over its limit by an Omitted cell that says how large it was", () => {
    const big = Array.from({ length: 10_000 }, () => "عنصر");
    const bytes = cellBytes(big);
    const omitted = boundedCell(big, 1000);
    expect(omitted.cell).toEqual({ $type: "Omitted", _value: { reason: "bytes", bytes } });
    expect(omitted.bytes).toBe(utf8(omitted.cell));
    expect(boundedCell(big, bytes).cell.$type).toBe("List");
  });
});
