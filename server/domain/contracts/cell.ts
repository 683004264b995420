// A table cell of a researcher's Cypher answer in Neo4j's typed JSON (Query API): a returned map cannot pass for a node.
import { z } from "zod";

/**
 * Neo4j's Query API v2 typed JSON (`application/vnd.neo4j.query`, https://neo4j.com/docs/query-api/current/typed-json):
 * every value is `{"$type": …, "_value": …}`. A map's keys live inside `_value`, so a map holding `$type`, `labels` or
 * `_element_id` keys is still a `Map`; only values the driver decoded as nodes, relationships and paths are tagged so.
 * Integers and floats travel as decimal text, so 2^53 + 1, `48.0`, `NaN` and `-Infinity` survive JSON. `Omitted` is
 * this project's own: a cell left out of the answer, with why.
 */
export const CELL_TYPES = [
  "Null",
  "Boolean",
  "Integer",
  "Float",
  "String",
  "Base64",
  "List",
  "Map",
  "Date",
  "Time",
  "LocalTime",
  "OffsetDateTime",
  "ZonedDateTime",
  "LocalDateTime",
  "Duration",
  "Point",
  "Node",
  "Relationship",
  "Path",
  "Omitted",
] as const;
export type CellType = (typeof CELL_TYPES)[number];

/** Why a cell was left out: over its share of the answer's byte budget, or of a type the explorer cannot encode. */
export const OmittedReason = z.enum(["bytes", "unsupported"]);
export type OmittedReason = z.infer<typeof OmittedReason>;

export type Cell =
  | { $type: "Null"; _value: null }
  | { $type: "Boolean"; _value: boolean }
  | TextCell
  | { $type: "List"; _value: Cell[] }
  | { $type: "Map"; _value: CellMap }
  | NodeCell
  | RelationshipCell
  | { $type: "Path"; _value: (NodeCell | RelationshipCell)[] }
  | { $type: "Omitted"; _value: { reason: OmittedReason; bytes: number } };

/** The cells whose value is text: numbers as decimal text, strings, bytes as base64, points, temporal values. */
export type TextType = "Integer" | "Float" | "String" | "Base64" | "Point" | TemporalType;
export type TextCell = { [T in TextType]: { $type: T; _value: string } }[TextType];

/** A map's entries, every key its own property (`__proto__` and `constructor` included). */
export type CellMap = { [key: string]: Cell };
export type TemporalType =
  | "Date"
  | "Time"
  | "LocalTime"
  | "OffsetDateTime"
  | "ZonedDateTime"
  | "LocalDateTime"
  | "Duration";
export type NodeCell = { $type: "Node"; _value: { _element_id: string; _labels: string[]; _properties: CellMap } };
export type RelationshipCell = {
  $type: "Relationship";
  _value: {
    _element_id: string;
    _start_node_element_id: string;
    _end_node_element_id: string;
    _type: string;
    _properties: CellMap;
  };
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" &&
  v !== null &&
  !Array.isArray(v) &&
  [Object.prototype, null].includes(Object.getPrototypeOf(v));

/**
 * A map of cells, checked key by key and passed on as the very object that was parsed: zod's z.record drops a
 * `__proto__` key, while JSON.parse keeps it as an own property, and so does this schema.
 */
export const CellMap: z.ZodType<CellMap> = z
  .custom<CellMap>(isObject, "must be a map of typed cells")
  .superRefine((map, ctx) => {
    for (const key of Object.keys(map)) {
      const parsed = Cell.safeParse(map[key]);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          ctx.addIssue({ code: "custom", path: [key, ...issue.path], message: issue.message });
        }
      }
    }
  })
  .meta({ id: "CellMap", type: "object", additionalProperties: { $ref: "#/components/schemas/Cell" } });

const text = (type: TextType, value: z.ZodString) => z.strictObject({ $type: z.literal(type), _value: value });

/** Java's Double.toString, as Neo4j writes floats: 48.0, 1.0E20, 9.9E-4, NaN, Infinity, -Infinity, -0.0. */
const FLOAT_TEXT = /^(NaN|-?Infinity|-?\d+\.\d+(E-?\d+)?)$/;

export const NodeCell = z.strictObject({
  $type: z.literal("Node"),
  _value: z.strictObject({ _element_id: z.string(), _labels: z.array(z.string()), _properties: CellMap }),
});
export const RelationshipCell = z.strictObject({
  $type: z.literal("Relationship"),
  _value: z.strictObject({
    _element_id: z.string(),
    _start_node_element_id: z.string(),
    _end_node_element_id: z.string(),
    _type: z.string(),
    _properties: CellMap,
  }),
});

export const Cell: z.ZodType<Cell> = z
  .lazy(() =>
    z.discriminatedUnion("$type", [
      z.strictObject({ $type: z.literal("Null"), _value: z.null() }),
      z.strictObject({ $type: z.literal("Boolean"), _value: z.boolean() }),
      text("Integer", z.string().regex(/^-?\d+$/)),
      text("Float", z.string().regex(FLOAT_TEXT)),
      text("String", z.string()),
      text("Base64", z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/)),
      z.strictObject({ $type: z.literal("List"), _value: z.array(Cell) }),
      z.strictObject({ $type: z.literal("Map"), _value: CellMap }),
      text("Date", z.string()),
      text("Time", z.string()),
      text("LocalTime", z.string()),
      text("OffsetDateTime", z.string()),
      text("ZonedDateTime", z.string()),
      text("LocalDateTime", z.string()),
      text("Duration", z.string().regex(/^-?P/)),
      text("Point", z.string().regex(/^SRID=\d+;POINT (Z )?\(.*\)$/)),
      NodeCell,
      RelationshipCell,
      z.strictObject({ $type: z.literal("Path"), _value: z.array(z.union([NodeCell, RelationshipCell])) }),
      z.strictObject({
        $type: z.literal("Omitted"),
        _value: z.strictObject({
          reason: OmittedReason,
          bytes: z.number().int().min(0).meta({ description: "Bytes of JSON the cell would have taken." }),
        }),
      }),
    ]),
  )
  .meta({
    id: "Cell",
    description:
      "A value in Neo4j's typed JSON (Query API): {$type, _value}. Integer and Float values are decimal text " +
      "(Float as Java writes doubles: 48.0, 1.0E20, NaN, Infinity); temporal values and durations as Neo4j's " +
      "toString() writes them; Point as SRID=<srid>;POINT (x y) or POINT Z (x y z); Omitted: a cell left out, " +
      "with the reason and its size in bytes of JSON.",
  });
