// neo4j-admin flavour: a zip of typed CSV files that `neo4j-admin database import full` loads, its command and a fix-up script.
import { strToU8, Zip, ZipDeflate } from "fflate";
import {
  columnShapeType,
  elementType,
  isListType,
  type PropertyScope,
  type PropertyType,
  storedPropertyType,
} from "../propertyTypes";
import { scopeOf, storedEdge, storedNode, storedSource, valueType } from "../stored";
import { type ExportInput, GENERATOR, noticeText, type StoredElement } from "../types";
import { cypherLiteral, cypherName, cypherValue, MODEL_CONSTRAINTS, nodePattern } from "./cypherScript";

export interface Neo4jAdminOptions {
  /** Deflate level, 0 (store) to 9. */
  level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** The database the command imports into. */
  database: string;
}

export const DEFAULT_NEO4J_ADMIN_OPTIONS: Neo4jAdminOptions = { level: 6, database: "neo4j" };

/**
 * Between array elements: U+001F (INFORMATION SEPARATOR ONE), a control character no text of the model holds. An
 * element that does hold it is not written in the CSV but set by after-import.cypher, like every value below.
 */
export const ARRAY_DELIMITER = "\u001F";
export const ARRAY_DELIMITER_OPTION = "U+001F";

/** A header name neo4j-admin reads as one property (no `:`, `,`, quote or space); others go to after-import.cypher. */
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

interface Column {
  name: string;
  type: PropertyType;
}

interface Group {
  file: string;
  scope: Exclude<PropertyScope, "edge">;
  /** The ID space of the group: one global space for the graph's nodes, its own for sources cited only. */
  idSpace: string | null;
  rows: { id: string; node: StoredElement }[];
}

/** What neo4j-admin reads from an empty field: nothing. A value it cannot carry is set after the import instead. */
function travels(type: PropertyType, value: unknown): boolean {
  if (!isListType(type)) return true;
  if (!Array.isArray(value) || value.length === 0) return false;
  if (value.length === 1 && value[0] === "") return false;
  return !value.some((x) => typeof x === "string" && x.includes(ARRAY_DELIMITER));
}

/** One CSV field of neo4j-admin's default dialect: text always quoted (quotes doubled), numbers and booleans bare. */
export function adminField(type: PropertyType, value: unknown): string {
  if (value === undefined || value === null) return "";
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  if (isListType(type)) {
    const items = (value as unknown[]).map((v) => adminScalar(elementType(type), v));
    return quote(items.join(ARRAY_DELIMITER));
  }
  const text = adminScalar(type, value);
  return type === "string" ? quote(text) : text;
}

/** Numbers as JavaScript writes them (Java's parsers read `1e+21`, `NaN` and `-Infinity` alike), text as it is. */
function adminScalar(_type: PropertyType, value: unknown): string {
  return String(value);
}

/** The one type a column takes: the domain's table, else db.schema, else the shape all its values share. */
function columnsOf(
  scope: PropertyScope,
  elements: readonly StoredElement[],
  input: ExportInput,
): { columns: Column[]; fixups: Set<string> } {
  const names = new Set<string>();
  for (const e of elements) for (const k of Object.keys(e.properties)) names.add(k);
  const mixed = new Set(scope === "edge" ? input.schemaTypes?.mixed.edge : input.schemaTypes?.mixed.node);
  const columns: Column[] = [];
  const fixups = new Set<string>();
  for (const name of [...names].sort((a, b) => (a === "id" ? -1 : b === "id" ? 1 : a < b ? -1 : 1))) {
    if (!PLAIN_NAME.test(name)) {
      fixups.add(name);
      continue;
    }
    const known = mixed.has(name) ? undefined : storedPropertyType(scope, name, input.schemaTypes);
    columns.push({ name, type: known ?? columnShapeType(elements.map((e) => e.properties[name])) });
  }
  return { columns, fixups };
}

function csvLine(fields: readonly string[]): string {
  return `${fields.join(",")}\n`;
}

/**
 * The neo4j-admin flavour of an export: a zip that `neo4j-admin database import full` (Neo4j 5) loads into an empty
 * database with the same nodes, labels, relationships and typed properties. `entities.csv`, `claims.csv`,
 * `sources.csv` and `nodes.csv` (other labels) share one ID space keyed by the export's node keys; sources that are
 * only cited are in `cited-sources.csv`; `relationships.csv` holds every relationship. Headers are typed (`:ID`,
 * `:LABEL`, `name:string`, `value:double`, `starts:int[]`, …; `:START_ID`, `:END_ID`, `:TYPE`), arrays are split on
 * U+001F. `import.sh` holds the exact command. `after-import.cypher` holds the schema and sets what a CSV cannot
 * carry: an empty list or a list of one empty string (neo4j-admin reads an empty field as no property), an element
 * holding U+001F, a value whose type differs from its column's (a property that holds integers on some elements and
 * floats on others) and a property or label name a header cannot spell. Values are never changed (no formula guard).
 */
export function* writeNeo4jAdminZip(
  input: ExportInput,
  options: Partial<Neo4jAdminOptions> = {},
): Generator<Uint8Array> {
  const o = { ...DEFAULT_NEO4J_ADMIN_OPTIONS, ...options };
  const groups: Record<string, Group> = {
    entity: { file: "entities.csv", scope: "entity", idSpace: null, rows: [] },
    claim: { file: "claims.csv", scope: "claim", idSpace: null, rows: [] },
    source: { file: "sources.csv", scope: "source", idSpace: null, rows: [] },
    other: { file: "nodes.csv", scope: "entity", idSpace: null, rows: [] },
    cited: { file: "cited-sources.csv", scope: "source", idSpace: "CitedSource", rows: [] },
  };
  const inGraph = new Set<string>();
  const patterns = new Map<string, string>();
  for (const n of input.graph.nodes) {
    const node = storedNode(input, n);
    const scope = scopeOf(node.labels);
    const group = scope === "entity" && !node.labels.includes("Entity") ? "other" : scope;
    groups[group]?.rows.push({ id: n.key, node });
    patterns.set(n.key, nodePattern("n", node));
    if (scope === "source" && typeof node.properties.id === "string") inGraph.add(node.properties.id);
  }
  for (const s of input.sources) {
    if (!inGraph.has(s.id)) groups.cited?.rows.push({ id: s.id, node: storedSource(input, s) });
  }

  const fixups: string[] = [];
  const files: [string, string[]][] = [];
  const nodeFiles: string[] = [];
  for (const group of Object.values(groups)) {
    if (group.rows.length === 0) continue;
    const { columns, fixups: odd } = columnsOf(
      group.scope,
      group.rows.map((r) => r.node),
      input,
    );
    const idHeader = group.idSpace ? `:ID(${group.idSpace})` : ":ID";
    const lines = [csvLine([idHeader, ":LABEL", ...columns.map((c) => `${c.name}:${c.type}`)])];
    for (const { id, node } of group.rows) {
      const plainLabels = node.labels.filter((l) => PLAIN_NAME.test(l));
      const fields = [adminField("string", id), adminField("string[]", plainLabels)];
      const sets: string[] = [];
      for (const c of columns) {
        const v = node.properties[c.name];
        if (v === undefined || v === null) fields.push("");
        else if (travels(c.type, v) && valueType(group.scope, c.name, v, input.schemaTypes) === c.type) {
          fields.push(adminField(c.type, v));
        } else {
          fields.push("");
          sets.push(setProperty("n", group.scope, c.name, v, input));
        }
      }
      for (const name of odd) {
        const v = node.properties[name];
        if (v !== undefined && v !== null) sets.push(setProperty("n", group.scope, name, v, input));
      }
      for (const l of node.labels.filter((x) => !PLAIN_NAME.test(x))) sets.push(`SET n:${cypherName(l)}`);
      if (sets.length > 0) fixups.push(`MATCH ${nodePattern("n", node)} ${sets.join(" ")};`);
      lines.push(csvLine(fields));
    }
    files.push([group.file, lines]);
    nodeFiles.push(group.file);
  }

  const rels = input.graph.edges.map((e) => ({ e, rel: storedEdge(input, e) }));
  const relationshipFiles: string[] = [];
  if (rels.length > 0) {
    const { columns, fixups: odd } = columnsOf(
      "edge",
      rels.map((r) => r.rel),
      input,
    );
    const lines = [csvLine([":START_ID", ":END_ID", ":TYPE", ...columns.map((c) => `${c.name}:${c.type}`)])];
    for (const { e, rel } of rels) {
      const fields = [
        adminField("string", e.source),
        adminField("string", e.target),
        adminField("string", String(e.attributes.type)),
      ];
      const sets: string[] = [];
      for (const c of columns) {
        const v = rel.properties[c.name];
        if (v === undefined || v === null) fields.push("");
        else if (travels(c.type, v) && valueType("edge", c.name, v, input.schemaTypes) === c.type) {
          fields.push(adminField(c.type, v));
        } else {
          fields.push("");
          sets.push(setProperty("r", "edge", c.name, v, input));
        }
      }
      for (const name of odd) {
        const v = rel.properties[name];
        if (v !== undefined && v !== null) sets.push(setProperty("r", "edge", name, v, input));
      }
      if (sets.length > 0) {
        const a = (patterns.get(e.source) ?? "(a)").replace(/^\(n/, "(a");
        const b = (patterns.get(e.target) ?? "(b)").replace(/^\(n/, "(b");
        fixups.push(`MATCH ${a}-[r:${cypherName(String(e.attributes.type))}]->${b} ${sets.join(" ")};`);
      }
      lines.push(csvLine(fields));
    }
    files.push(["relationships.csv", lines]);
    relationshipFiles.push("relationships.csv");
  }

  const command = neo4jAdminCommand(nodeFiles, relationshipFiles, o.database);
  const notice = noticeText(input.notice);
  const script = [
    "#!/bin/sh",
    `# ${GENERATOR} export, ${input.generatedAt}: ${input.graph.nodes.length} nodes, ${input.graph.edges.length} relationships.`,
    ...(notice ? [`# ${notice.replace(/\n/g, " ")}`] : []),
    "# 1. Load the CSV files into an EMPTY, STOPPED database (Neo4j 5; the database must not exist or be empty):",
    "set -e",
    command.join(" "),
    "# 2. Start Neo4j, then create the schema and set the values a CSV cannot carry:",
    `#    cypher-shell -d ${o.database} -f after-import.cypher`,
    "",
  ].join("\n");
  const after = [
    `// ${GENERATOR}: run once after neo4j-admin imported this export (cypher-shell -f after-import.cypher).`,
    ...(input.schema ?? MODEL_CONSTRAINTS).map((s) => `${s.trim()};`),
    ...fixups,
    "",
  ].join("\n");
  files.push(["import.sh", [script]], ["after-import.cypher", [after]]);

  const out: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    out.push(data);
  });
  for (const [name, lines] of files) {
    const file = new ZipDeflate(name, { level: o.level });
    zip.add(file);
    for (let i = 0; i < lines.length; i += 500) {
      file.push(strToU8(lines.slice(i, i + 500).join("")));
      yield* out.splice(0);
    }
    file.push(new Uint8Array(0), true);
    yield* out.splice(0);
  }
  zip.end();
  yield* out.splice(0);
}

/** `SET v.name = literal`, typed like the Cypher script (the domain's table, db.schema, else the value's shape). */
function setProperty(variable: string, scope: PropertyScope, name: string, value: unknown, input: ExportInput): string {
  const literal = cypherLiteral(valueType(scope, name, value, input.schemaTypes), value) ?? cypherValue(value);
  return `SET ${variable}.${cypherName(name)} = ${literal ?? "null"}`;
}

/** The exact neo4j-admin command line for the files of one export, as import.sh writes it. */
export function neo4jAdminCommand(
  nodeFiles: readonly string[],
  relationshipFiles: readonly string[],
  database: string,
) {
  return [
    "neo4j-admin",
    "database",
    "import",
    "full",
    "--id-type=string",
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
    "--multiline-fields=true",
    ...nodeFiles.map((f) => `--nodes=${f}`),
    ...relationshipFiles.map((f) => `--relationships=${f}`),
    database,
  ];
}
