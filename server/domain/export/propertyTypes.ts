// The type of every property and export attribute the domain knows, per element kind: the one table every writer reads.
import { z } from "zod";

/**
 * A property's type as the writers declare it: `int` for values known to fit 32 bits (offsets, counts), `long` for
 * any other integer, `double` for floats (Neo4j's FLOAT is 64-bit), and lists of each.
 */
export const PropertyType = z.enum([
  "string",
  "boolean",
  "int",
  "long",
  "double",
  "string[]",
  "boolean[]",
  "int[]",
  "long[]",
  "double[]",
]);
export type PropertyType = z.infer<typeof PropertyType>;

/** Where a property lives: a node of one kind (docs/model.md) or a relationship. */
export const PropertyScope = z.enum(["entity", "claim", "source", "edge"]);
export type PropertyScope = z.infer<typeof PropertyScope>;

/** Per scope, property name → type. */
export const PropertyTypeTable = z.record(PropertyScope, z.record(z.string(), PropertyType));
export type PropertyTypeTable = z.infer<typeof PropertyTypeTable>;

const EVIDENCE_LISTS = {
  sourceIds: "string[]",
  quotes: "string[]",
  starts: "int[]",
  ends: "int[]",
  glosses: "string[]",
  evidenceKeys: "string[]",
} as const satisfies Record<string, PropertyType>;

/** A stored layout position (npm run layout, POST /api/layout). */
const POSITION = { x: "double", y: "double" } as const satisfies Record<string, PropertyType>;

/** The count of a node's relationships (all types, both directions), kept by every writer; derived, like a position. */
const DEGREE = { degree: "int" } as const satisfies Record<string, PropertyType>;

/**
 * What Neo4j stores, per docs/model.md: the Cypher script and the neo4j-admin flavour write each value with this
 * type, whatever shape its JavaScript number has (a claim's `48.0` stays a float). A feature that stores a new
 * property adds its line here.
 */
export const STORED_PROPERTY_TYPES: Readonly<Record<PropertyScope, Readonly<Record<string, PropertyType>>>> = {
  entity: {
    id: "string",
    type: "string",
    name: "string",
    nameAr: "string",
    aliases: "string[]",
    description: "string",
    searchKeys: "string[]",
    searchText: "string",
    sourceIds: "string[]",
    ...POSITION,
    ...DEGREE,
  },
  claim: {
    id: "string",
    kind: "string",
    statement: "string",
    original: "string",
    value: "double",
    min: "double",
    max: "double",
    unit: "string",
    currency: "string",
    approximate: "boolean",
    periodStart: "string",
    periodEnd: "string",
    measure: "string",
    subject: "string",
    // A researcher's grouping decision (corroboration), stored on each claim it placed.
    groupDecision: "string",
    groupDecisionBy: "string",
    groupDecisionAt: "string",
    groupDecisionNote: "string",
    ...EVIDENCE_LISTS,
    ...POSITION,
    ...DEGREE,
  },
  source: {
    id: "string",
    title: "string",
    language: "string",
    text: "string",
    date: "string",
    publisher: "string",
    url: "string",
    entityId: "string",
    citedTitles: "string[]",
    citedPublishers: "string[]",
    citedUrls: "string[]",
    citedEntityIds: "string[]",
    translationLanguage: "string",
    translator: "string",
    translationOriginals: "string[]",
    translationTexts: "string[]",
    translationStarts: "int[]",
    translationEnds: "int[]",
    // Researchers' marks on pairs of sources (corroboration), parallel lists written on both sources.
    markedSourceIds: "string[]",
    markVerdicts: "string[]",
    markedBy: "string[]",
    markedAt: "string[]",
    markNotes: "string[]",
    ...POSITION,
    ...DEGREE,
  },
  // Annotated relation properties are the researchers' own (docs/model.md): their types come from db.schema.
  edge: { ...EVIDENCE_LISTS },
};

/**
 * The attributes of an exported element after flattening (flatten.ts), as GEXF, GraphML and the spreadsheet CSV
 * declare them: lists travel as text there (JSON or joined), numbers keep their declared type. A feature that adds
 * an attribute to the wire graph adds its line here.
 */
export const EXPORT_ATTRIBUTE_TYPES: Readonly<Record<"node" | "edge", Readonly<Record<string, PropertyType>>>> = {
  node: {
    kind: "string",
    type: "string",
    label: "string",
    labelAr: "string",
    aliases: "string",
    description: "string",
    claimKind: "string",
    statement: "string",
    original: "string",
    value: "double",
    min: "double",
    max: "double",
    unit: "string",
    currency: "string",
    approximate: "boolean",
    periodStart: "string",
    periodEnd: "string",
    measure: "string",
    subject: "string",
    language: "string",
    date: "string",
    publisher: "string",
    url: "string",
    claimCount: "int",
    quotes: "string",
    glosses: "string",
    spans: "string",
    sourceIds: "string",
    evidenceCount: "int",
    evidence: "string",
    // Computed from the data (corroboration), never stored: how many sources are independent; a figure's group.
    independentSupport: "int",
    claimGroup: "string",
    corroboration: "string",
    x: "double",
    y: "double",
    size: "double",
    color: "string",
  },
  edge: {
    type: "string",
    quotes: "string",
    glosses: "string",
    spans: "string",
    sourceIds: "string",
    evidenceCount: "int",
    evidence: "string",
    independentSupport: "int",
    size: "double",
    color: "string",
  },
};

/** Neo4j's type names in db.schema.nodeTypeProperties() / relTypeProperties() → ours; unknown names are absent. */
const NEO4J_SCHEMA_TYPES: Readonly<Record<string, PropertyType>> = {
  String: "string",
  Boolean: "boolean",
  Long: "long",
  Integer: "long",
  Double: "double",
  Float: "double",
  StringArray: "string[]",
  BooleanArray: "boolean[]",
  LongArray: "long[]",
  IntegerArray: "long[]",
  DoubleArray: "double[]",
  FloatArray: "double[]",
};

/**
 * One property's types as db.schema reports them (e.g. `["Long"]`, `["Long", "Double"]`) → one type: the single
 * type, `double` for a mix of integers and floats (see `mixedNumbers`), `string` for any other mix or an unknown name.
 */
export function fromNeo4jSchemaTypes(types: readonly string[]): { type: PropertyType; mixedNumbers: boolean } {
  const mapped = new Set(types.map((t) => NEO4J_SCHEMA_TYPES[t] ?? "string"));
  if (mapped.size === 1) return { type: [...mapped][0] as PropertyType, mixedNumbers: false };
  if ([...mapped].every((t) => t === "long" || t === "double")) return { type: "double", mixedNumbers: true };
  if ([...mapped].every((t) => t === "long[]" || t === "double[]")) return { type: "double[]", mixedNumbers: true };
  return { type: "string", mixedNumbers: false };
}

/**
 * Types the database reports for properties the domain does not know (the server reads db.schema); a name in
 * `mixed` holds integers on some elements and floats on others, so its values are written one by one: whole as
 * integer, else float (how ingest stores relation properties).
 */
export const SchemaPropertyTypes = z.object({
  node: z.record(z.string(), PropertyType),
  edge: z.record(z.string(), PropertyType),
  mixed: z.object({ node: z.array(z.string()), edge: z.array(z.string()) }),
});
export type SchemaPropertyTypes = z.infer<typeof SchemaPropertyTypes>;

export const EMPTY_SCHEMA_TYPES: SchemaPropertyTypes = { node: {}, edge: {}, mixed: { node: [], edge: [] } };

/** The type a value has by its JavaScript shape: the last resort, for a property no table or schema names. */
export function shapeType(value: unknown): PropertyType {
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "long" : "double";
  if (Array.isArray(value)) {
    const inner = new Set(value.map(shapeType));
    if (inner.size === 1 && !Array.isArray(value[0])) return `${[...inner][0]}[]` as PropertyType;
    if (inner.size === 2 && inner.has("long") && inner.has("double")) return "double[]";
    return "string[]";
  }
  return "string";
}

/** The one type a column takes over all its values by shape: integers and floats mixed make `double`. */
export function columnShapeType(values: Iterable<unknown>): PropertyType {
  let found: PropertyType | undefined;
  for (const v of values) {
    if (v === undefined || v === null) continue;
    const t = shapeType(v);
    if (found === undefined || found === t) found = t;
    else if ((found === "long" && t === "double") || (found === "double" && t === "long")) found = "double";
    else return "string";
  }
  return found ?? "string";
}

export const isListType = (t: PropertyType): boolean => t.endsWith("[]");
export const elementType = (t: PropertyType): PropertyType => t.replace("[]", "") as PropertyType;
export const isIntegerType = (t: PropertyType): boolean => t === "int" || t === "long";

/** The stored type of a property of a node of `scope`: the domain's table, else db.schema, else undefined. */
export function storedPropertyType(
  scope: PropertyScope,
  name: string,
  schema: SchemaPropertyTypes = EMPTY_SCHEMA_TYPES,
): PropertyType | undefined {
  const known = STORED_PROPERTY_TYPES[scope][name];
  if (known !== undefined) return known;
  return scope === "edge" ? schema.edge[name] : schema.node[name];
}
