// Spreadsheet CSV: a zip (fflate, streamed) of nodes.csv, edges.csv and sources.csv in fixed columns, with glosses.
import { strToU8, Zip, ZipDeflate } from "fflate";
import type { CitedSource } from "../../contracts/api";
import { flattenAttributes, type Scalar } from "../flatten";
import { EXPORT_ATTRIBUTE_TYPES } from "../propertyTypes";
import type { ExportInput } from "../types";

export interface CsvOptions {
  /**
   * Prefix a text cell that a spreadsheet would read as a formula with an apostrophe (see FORMULA_TRIGGERS). On for
   * this spreadsheet zip; a CSV meant to rebuild data (neo4j-admin) must keep values as they are.
   */
  neutraliseFormulas: boolean;
  /** Start each file with a UTF-8 byte order mark, which spreadsheet programs need to read Arabic correctly. */
  bom: boolean;
  /** Deflate level, 0 (store) to 9. */
  level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** Rows encoded per chunk. */
  rowsPerChunk: number;
}

export const DEFAULT_CSV_OPTIONS: CsvOptions = { neutraliseFormulas: true, bom: true, level: 6, rowsPerChunk: 500 };

/**
 * First characters that make Excel, LibreOffice Calc or Google Sheets read a cell as a formula or a DDE command
 * (OWASP, "CSV Injection"): `=`, `+`, `-`, `@`, TAB and CR, plus their full-width forms, which some spreadsheet
 * input methods turn into the ASCII ones.
 */
export const FORMULA_TRIGGERS: ReadonlySet<string> = new Set(["=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"]);

/**
 * A text cell starting with a formula trigger gets a leading apostrophe, which every spreadsheet shows as text and
 * does not evaluate (`=HYPERLINK(…)` → `'=HYPERLINK(…)`). Numbers are never changed: only strings reach this, and
 * a negative number is written from its number value by csvField.
 */
export function neutraliseFormula(text: string): string {
  return text.length > 0 && FORMULA_TRIGGERS.has(text[0] as string) ? `'${text}` : text;
}

const SOURCE_COLUMNS: (keyof CitedSource)[] = ["id", "title", "publisher", "url", "language", "date"];

/**
 * The spreadsheet's columns, the same whatever the selection: the key (and an edge's ends), every attribute the
 * domain declares (EXPORT_ATTRIBUTE_TYPES, in its order: one line there adds a column here), then `properties`, a JSON
 * object of any other attribute (a relation's own properties, typed as JSON numbers, strings and booleans).
 */
export const NODE_COLUMNS: readonly string[] = ["key", ...Object.keys(EXPORT_ATTRIBUTE_TYPES.node), "properties"];
export const EDGE_COLUMNS: readonly string[] = [
  "key",
  "source",
  "target",
  ...Object.keys(EXPORT_ATTRIBUTE_TYPES.edge),
  "properties",
];

/** A flattened row in fixed columns: declared attributes by name, the rest gathered into `properties`. */
export function fixedRow(
  kind: "node" | "edge",
  fixed: Record<string, Scalar>,
  attributes: Record<string, unknown>,
): Record<string, Scalar> {
  const declared = EXPORT_ATTRIBUTE_TYPES[kind];
  const flat = flattenAttributes(attributes);
  const row: Record<string, Scalar> = { ...fixed };
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(flat)) {
    const type = declared[k];
    if (type === undefined) Object.defineProperty(extra, k, { value: attributes[k], enumerable: true });
    else row[k] = v;
  }
  if (Object.keys(extra).length > 0) row.properties = JSON.stringify(extra);
  return row;
}

/**
 * RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled. With `neutralise`, a string
 * that would start a formula is prefixed first (neutraliseFormula); numbers and booleans are written as they are.
 */
export function csvField(value: Scalar | undefined | null, neutralise = false, double = false): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number" && double && Number.isInteger(value)) return `${value}.0`;
  const s = typeof value === "string" && neutralise ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(
  values: readonly (Scalar | undefined | null)[],
  neutralise = false,
  doubles: readonly boolean[] = [],
): string {
  return `${values.map((v, i) => csvField(v, neutralise, doubles[i] === true)).join(",")}\r\n`;
}

/**
 * Header and rows, `perChunk` rows a chunk; rows are made from the graph as they are written (`row(i)` for i below
 * `count`), so the file never holds a second copy of the graph. A column the domain declares `double` writes whole
 * numbers as `48.0`, so readers keep floats.
 */
function* table(
  count: number,
  row: (i: number) => Record<string, Scalar>,
  columns: readonly string[],
  perChunk: number,
  neutralise: boolean,
  declared: Readonly<Record<string, string>> = {},
): Generator<string> {
  const doubles = columns.map((c) => declared[c] === "double");
  yield csvLine(columns, neutralise);
  for (let i = 0; i < count; i += perChunk) {
    let chunk = "";
    for (let j = i; j < Math.min(count, i + perChunk); j++) {
      const r = row(j);
      chunk += csvLine(
        columns.map((c) => r[c]),
        neutralise,
        doubles,
      );
    }
    yield chunk;
  }
}

export function* writeCsvZip(input: ExportInput, options: Partial<CsvOptions> = {}): Generator<Uint8Array> {
  const o = { ...DEFAULT_CSV_OPTIONS, ...options };
  const out: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    out.push(data);
  });
  const { nodes, edges } = input.graph;
  const nodeRow = (i: number) => {
    const n = nodes[i] as (typeof nodes)[number];
    return fixedRow("node", { key: n.key }, n.attributes);
  };
  const edgeRow = (i: number) => {
    const e = edges[i] as (typeof edges)[number];
    return fixedRow("edge", { key: e.key, source: e.source, target: e.target }, e.attributes);
  };
  const sourceRow = (i: number) => {
    const s = input.sources[i] as (typeof input.sources)[number];
    const row: Record<string, Scalar> = {};
    for (const c of SOURCE_COLUMNS) if (s[c] !== undefined) row[c] = s[c] as string;
    return row;
  };
  const n = o.neutraliseFormulas;
  const files: [string, Generator<string>][] = [
    ["nodes.csv", table(nodes.length, nodeRow, NODE_COLUMNS, o.rowsPerChunk, n, EXPORT_ATTRIBUTE_TYPES.node)],
    ["edges.csv", table(edges.length, edgeRow, EDGE_COLUMNS, o.rowsPerChunk, n, EXPORT_ATTRIBUTE_TYPES.edge)],
    ["sources.csv", table(input.sources.length, sourceRow, SOURCE_COLUMNS, o.rowsPerChunk, n)],
  ];
  for (const [name, lines] of files) {
    const file = new ZipDeflate(name, { level: o.level });
    zip.add(file);
    if (o.bom) file.push(new Uint8Array([0xef, 0xbb, 0xbf]));
    for (const chunk of lines) {
      file.push(strToU8(chunk));
      yield* out.splice(0);
    }
    file.push(new Uint8Array(0), true);
    yield* out.splice(0);
  }
  zip.end();
  yield* out.splice(0);
}
