// Cypher script writer: idempotent MERGE statements that rebuild the exported graph, its sources and schema in another Neo4j.
import { elementType, isListType, type PropertyScope, type PropertyType } from "../propertyTypes";
import { scopeOf, storedEdge, storedNode, storedSource, valueType } from "../stored";
import { type ExportInput, GENERATOR, noticeText, type StoredElement } from "../types";

export interface CypherScriptOptions {
  /** Write the schema (constraints and indexes) before the data. */
  constraints: boolean;
  /** Write each cited source's full text, so the recreated evidence spans can be checked against it. */
  sourceText: boolean;
}

export const DEFAULT_CYPHER_SCRIPT_OPTIONS: CypherScriptOptions = { constraints: true, sourceText: true };

/** The model's uniqueness constraints, for a script written without the server's schema (the browser). */
export const MODEL_CONSTRAINTS: readonly string[] = ["Entity", "Claim", "Source"].map(
  (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
);

/** A Cypher string literal: single-quoted, with backslash, quote and control characters escaped. */
export function cypherString(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters must be escaped in a Cypher literal.
  return `'${s.replace(/[\\'\n\r\t\u0000-\u001F\u2028\u2029]/g, (c) => {
    if (c === "\\") return "\\\\";
    if (c === "'") return "\\'";
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`;
  })}'`;
}

/** A label, type or property name, always backtick-quoted. */
export function cypherName(name: string): string {
  return `\`${name.replace(/`/g, "``")}\``;
}

const INTEGER_TEXT = /^-?\d+$/;
const NON_FINITE = new Set(["NaN", "Infinity", "-Infinity"]);

/**
 * A Cypher literal of the given type, or null when the value cannot be one. `double` always reads as a float
 * (`48` → `48.0`, NaN and infinities as `toFloat('NaN')`); `int`/`long` as an integer, from a number or from the
 * decimal string a value beyond 2^53 arrives as.
 */
export function cypherLiteral(type: PropertyType, v: unknown): string | null {
  if (isListType(type)) {
    if (!Array.isArray(v)) return null;
    const items = v.map((x) => cypherLiteral(elementType(type), x));
    return items.some((x) => x === null) ? null : `[${items.join(", ")}]`;
  }
  switch (type) {
    case "string":
      return typeof v === "string" ? cypherString(v) : null;
    case "boolean":
      return typeof v === "boolean" ? String(v) : null;
    case "int":
    case "long":
      if (typeof v === "number") return Number.isInteger(v) ? String(v) : null;
      return typeof v === "string" && INTEGER_TEXT.test(v) ? v : null;
    case "double":
      if (typeof v === "number") {
        if (!Number.isFinite(v)) return `toFloat('${v}')`;
        const text = String(v);
        return /[.eE]/.test(text) ? text : `${text}.0`;
      }
      if (typeof v === "string" && NON_FINITE.has(v)) return `toFloat('${v}')`;
      return typeof v === "string" && INTEGER_TEXT.test(v) ? `${v}.0` : null;
    default:
      return null;
  }
}

/** A Cypher literal for a flat property value by its JavaScript shape; null when Neo4j cannot store it. */
export function cypherValue(v: unknown): string | null {
  if (typeof v === "string") return cypherString(v);
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : null;
  if (typeof v === "boolean") return String(v);
  if (Array.isArray(v)) {
    const items = v.map(cypherValue);
    return items.some((x) => x === null) ? null : `[${items.join(", ")}]`;
  }
  return null;
}

/** A map literal of stored properties, each value typed by valueType (the domain's table, db.schema, its shape). */
export function cypherMap(scope: PropertyScope, properties: Record<string, unknown>, input?: ExportInput): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(properties)) {
    if (v === null || v === undefined) continue;
    const literal = cypherLiteral(valueType(scope, k, v, input?.schemaTypes), v) ?? cypherValue(v);
    if (literal !== null) parts.push(`${cypherName(k)}: ${literal}`);
  }
  return `{${parts.join(", ")}}`;
}

/** The label a node is merged on: its model label, else its first. */
const MERGE_LABELS = ["Entity", "Claim", "Source", "TestDatabaseMarker"];

/** The pattern that finds a stored node again: `(:Label {id: '…'})`, or every property for a node without an id. */
export function nodePattern(variable: string, node: StoredElement): string {
  const label = MERGE_LABELS.find((l) => node.labels.includes(l)) ?? node.labels[0];
  const labelText = label === undefined ? "" : `:${cypherName(label)}`;
  const id = node.properties.id;
  if (typeof id === "string") return `(${variable}${labelText} {id: ${cypherString(id)}})`;
  return `(${variable}${labelText} ${cypherMap(scopeOf(node.labels), node.properties)})`;
}

function setLabels(variable: string, labels: readonly string[]): string {
  return labels.length === 0 ? "" : ` SET ${variable}${labels.map((l) => `:${cypherName(l)}`).join("")}`;
}

/**
 * A script that, run into an empty Neo4j (cypher-shell -f, or Neo4j Browser with multi-statement mode), gives a
 * database the explorer serves like the original: the schema (constraints, fulltext indexes), each cited source's
 * whole `:Source` node (text, translation, cited works), every node and relationship with every stored property and
 * label, integers and floats as stored. Every statement is idempotent (`MERGE`, then `SET n = {…}` replaces the
 * properties), so running it twice changes nothing. It carries data only: no colours, sizes or computed scores.
 */
export function* writeCypherScript(input: ExportInput, options: Partial<CypherScriptOptions> = {}): Generator<string> {
  const o = { ...DEFAULT_CYPHER_SCRIPT_OPTIONS, ...options };
  const { nodes, edges } = input.graph;
  yield `// ${GENERATOR} export, ${input.generatedAt}: ${nodes.length} nodes, ${edges.length} relationships, `;
  yield `${input.sources.length} cited sources.\n`;
  yield "// Run with cypher-shell -f; every statement is idempotent (MERGE, then SET replaces the properties).\n";
  const notice = noticeText(input.notice);
  if (notice) yield `// ${notice.replace(/\n/g, " ")}\n`;
  for (const s of input.sources)
    yield `// Source ${s.id}: ${s.title.replace(/\n/g, " ")}${s.url ? ` <${s.url}>` : ""}\n`;
  if (o.constraints) for (const statement of input.schema ?? MODEL_CONSTRAINTS) yield `${statement.trim()};\n`;

  const patterns = new Map<string, string>();
  const written = new Set<string>();
  for (const n of nodes) {
    const node = storedNode(input, n);
    patterns.set(n.key, nodePattern("n", node));
    if (node.labels.includes("Source") && typeof node.properties.id === "string") written.add(node.properties.id);
  }
  for (const s of input.sources) {
    if (written.has(s.id)) continue;
    const source = storedSource(input, o.sourceText ? s : { ...s, text: undefined });
    const properties = o.sourceText ? source.properties : withoutText(source.properties);
    yield `MERGE ${nodePattern("s", source)} SET s = ${cypherMap("source", properties, input)}${setLabels("s", source.labels)};\n`;
  }
  for (const n of nodes) {
    const node = storedNode(input, n);
    const scope = scopeOf(node.labels);
    yield `MERGE ${patterns.get(n.key)} SET n = ${cypherMap(scope, node.properties, input)}${setLabels("n", node.labels)};\n`;
  }
  for (const e of edges) {
    const rel = storedEdge(input, e);
    const a = (patterns.get(e.source) ?? "(a)").replace(/^\(n/, "(a");
    const b = (patterns.get(e.target) ?? "(b)").replace(/^\(n/, "(b");
    const type = cypherName(String(e.attributes.type));
    yield `MATCH ${a}, ${b} MERGE (a)-[r:${type}]->(b) SET r = ${cypherMap("edge", rel.properties, input)};\n`;
  }
}

function withoutText(properties: Record<string, unknown>): Record<string, unknown> {
  const { text: _text, ...rest } = properties;
  return rest;
}
