// The stored form of exported elements, for the formats that rebuild a database: labels, properties and their types.
import { COMPUTED_ATTRIBUTES } from "../contracts/corroboration";
import type { WireGraph } from "../contracts/wire";
import type { Evidence } from "../model/evidence";
import {
  EMPTY_SCHEMA_TYPES,
  type PropertyScope,
  type PropertyType,
  type SchemaPropertyTypes,
  shapeType,
  storedPropertyType,
} from "./propertyTypes";
import { type ExportInput, type ExportSource, evidenceOf, type StoredElement } from "./types";

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

/** Attributes the wire graph adds for drawing and reading, never stored. */
const NODE_WIRE_ONLY = new Set(["kind", "label", "labelAr", "evidence", "claimCount", "claimKind", "color", "size"]);

/**
 * A node's stored properties mapped back from its wire attributes: what the browser, which holds no stored
 * properties, can rebuild. It lacks what the wire graph does not carry (search keys and text, sources' translation
 * and cited works); server exports use the stored properties instead.
 */
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

/** A node's labels from its wire attributes: `Entity` plus its type, `Claim` or `Source`. */
export function nodeLabels(a: Record<string, unknown>): string[] {
  if (a.kind === "claim") return ["Claim"];
  if (a.kind === "source") return ["Source"];
  return typeof a.type === "string" && a.type !== "Entity" ? ["Entity", a.type] : ["Entity"];
}

/** The scope of a stored node in the property table: by its model label; other nodes are typed like entities. */
export function scopeOf(labels: readonly string[]): Exclude<PropertyScope, "edge"> {
  if (labels.includes("Claim")) return "claim";
  if (labels.includes("Source")) return "source";
  return "entity";
}

type WireNode = WireGraph["nodes"][number];
type WireEdge = WireGraph["edges"][number];

/** A node as stored: the server's stored properties, else mapped back from the wire attributes. */
export function storedNode(input: ExportInput, n: WireNode): StoredElement {
  const stored = input.stored?.nodes.get(n.key);
  if (stored) return stored;
  const a = n.attributes as Record<string, unknown>;
  return { labels: nodeLabels(a), properties: nodeProperties(n.key, a) };
}

/** A relationship's stored properties: the server's, else its own wire attributes and the evidence lists. */
export function storedEdge(input: ExportInput, e: WireEdge): StoredElement {
  const stored = input.stored?.edges.get(e.key);
  if (stored) return stored;
  const { evidence: _e, sourceIds: _s, type, color: _c, size: _z, ...rest } = e.attributes as Record<string, unknown>;
  // Computed attributes (independent support) are read from the data, never stored with it.
  const own = Object.fromEntries(Object.entries(rest).filter(([k]) => !COMPUTED_ATTRIBUTES.has(k)));
  return { labels: [String(type)], properties: { ...own, ...evidenceLists(evidenceOf(e.attributes)) } };
}

/** Each cited source's `:Source` node as stored, else rebuilt from its bibliography entry and text. */
export function storedSource(input: ExportInput, s: ExportSource): StoredElement {
  const stored = input.stored?.sources.get(s.id);
  if (stored) return stored;
  const { text, ...meta } = s;
  return { labels: ["Source"], properties: { ...meta, ...(text !== undefined ? { text } : {}) } };
}

/**
 * How one property value is written: its stored type from the domain's table, else db.schema, else (a property
 * neither knows, or one db.schema reports holding both integers and floats) the value's own shape.
 */
export function valueType(
  scope: PropertyScope,
  name: string,
  value: unknown,
  schema: SchemaPropertyTypes = EMPTY_SCHEMA_TYPES,
): PropertyType {
  const mixed = scope === "edge" ? schema.mixed.edge : schema.mixed.node;
  const known = storedPropertyType(scope, name, schema);
  if (known !== undefined && !mixed.includes(name)) return known;
  return shapeType(value);
}
