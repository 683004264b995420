// Cypher script writer: MERGE statements that recreate the subgraph, its sources and all evidence in another Neo4j.
import { COMPUTED_ATTRIBUTES } from "../../contracts/corroboration";
import type { Evidence } from "../../model/evidence";
import { type ExportInput, evidenceOf, GENERATOR } from "../types";

export interface CypherScriptOptions {
  /** Write the constraints the model relies on before the data. */
  constraints: boolean;
  /** Write each cited source's full text, so the recreated evidence spans can be checked against it. */
  sourceText: boolean;
}

export const DEFAULT_CYPHER_SCRIPT_OPTIONS: CypherScriptOptions = { constraints: true, sourceText: true };

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

/** A Cypher literal for a flat property value; null when Neo4j cannot store it. */
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

export function cypherMap(properties: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(properties)) {
    const literal = cypherValue(v);
    if (literal !== null) parts.push(`${cypherName(k)}: ${literal}`);
  }
  return `{${parts.join(", ")}}`;
}

/** The flat evidence lists of docs/model.md, rebuilt from Evidence objects. */
export function evidenceLists(evidence: readonly Evidence[]): Record<string, unknown[]> {
  return {
    sourceIds: evidence.map((e) => e.sourceId),
    quotes: evidence.map((e) => e.quote),
    starts: evidence.map((e) => e.start),
    ends: evidence.map((e) => e.end),
    glosses: evidence.map((e) => e.gloss ?? ""),
    evidenceKeys: evidence.map((e) => `${e.sourceId}:${e.start}:${e.end}`),
  };
}

const NODE_WIRE_ONLY = new Set(["kind", "label", "labelAr", "evidence", "claimCount", "x", "y", "claimKind"]);

/** The stored properties of a node, mapped back from its wire attributes. */
export function nodeProperties(key: string, a: Record<string, unknown>): Record<string, unknown> {
  const props: Record<string, unknown> = { id: key };
  // Computed attributes (independent support, claim groups) are read from the data, never stored with it.
  for (const [k, v] of Object.entries(a)) if (!NODE_WIRE_ONLY.has(k) && !COMPUTED_ATTRIBUTES.has(k)) props[k] = v;
  if (a.kind === "entity") {
    props.name = a.label;
    if (a.labelAr !== undefined) props.nameAr = a.labelAr;
  } else if (a.kind === "claim") {
    if (a.claimKind !== undefined) props.kind = a.claimKind;
    Object.assign(props, evidenceLists(evidenceOf(a)));
    delete props.type;
  } else if (a.kind === "source") {
    props.title = a.label;
    delete props.type;
    delete props.sourceIds;
  }
  return props;
}

export function nodeLabels(a: Record<string, unknown>): string {
  if (a.kind === "claim") return ":Claim";
  if (a.kind === "source") return ":Source";
  return typeof a.type === "string" ? `:Entity:${cypherName(a.type)}` : ":Entity";
}

const MERGE_LABEL: Record<string, string> = { claim: "Claim", source: "Source", entity: "Entity" };

export function* writeCypherScript(input: ExportInput, options: Partial<CypherScriptOptions> = {}): Generator<string> {
  const o = { ...DEFAULT_CYPHER_SCRIPT_OPTIONS, ...options };
  const { nodes, edges } = input.graph;
  yield `// ${GENERATOR} export, ${input.generatedAt}: ${nodes.length} nodes, ${edges.length} relationships, `;
  yield `${input.sources.length} cited sources.\n// Run with cypher-shell -f; every statement is idempotent (MERGE).\n`;
  for (const s of input.sources)
    yield `// Source ${s.id}: ${s.title.replace(/\n/g, " ")}${s.url ? ` <${s.url}>` : ""}\n`;
  if (o.constraints) {
    for (const label of ["Entity", "Claim", "Source"]) {
      yield `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE;\n`;
    }
  }
  const kindOf = new Map<string, string>();
  for (const n of nodes) kindOf.set(n.key, String(n.attributes.kind));
  for (const s of input.sources) {
    const { id, text, ...meta } = s;
    const props: Record<string, unknown> = { ...meta, ...(o.sourceText && text !== undefined ? { text } : {}) };
    yield `MERGE (s:Source {id: ${cypherString(id)}}) SET s += ${cypherMap(props)};\n`;
  }
  for (const n of nodes) {
    const a = n.attributes as Record<string, unknown>;
    const { id: _id, ...props } = nodeProperties(n.key, a);
    const label = MERGE_LABEL[String(a.kind)] ?? "Entity";
    yield `MERGE (n:${label} {id: ${cypherString(n.key)}}) SET n${nodeLabels(a)} SET n += ${cypherMap(props)};\n`;
  }
  for (const e of edges) {
    const { evidence: _e, sourceIds: _s, type, ...rest } = e.attributes as Record<string, unknown>;
    const own = Object.fromEntries(Object.entries(rest).filter(([k]) => !COMPUTED_ATTRIBUTES.has(k)));
    const props = { ...own, ...evidenceLists(evidenceOf(e.attributes)) };
    const a = MERGE_LABEL[kindOf.get(e.source) ?? "entity"] ?? "Entity";
    const b = MERGE_LABEL[kindOf.get(e.target) ?? "entity"] ?? "Entity";
    yield `MATCH (a:${a} {id: ${cypherString(e.source)}}), (b:${b} {id: ${cypherString(e.target)}}) `;
    yield `MERGE (a)-[r:${cypherName(String(type))}]->(b) SET r += ${cypherMap(props)};\n`;
  }
}
