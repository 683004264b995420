// What GephiCheck.java says Gephi saw in one file: the zod schema of its JSON line, and the type tests assert on.
import { z } from "zod";

/** Gephi's edge merge strategies (org.gephi.io.importer.api.EdgeMergeStrategy); NO_MERGE keeps parallel edges. */
export const EdgeMergeStrategy = z.enum(["SUM", "AVG", "MAX", "MIN", "FIRST", "LAST", "NO_MERGE"]);
export type EdgeMergeStrategy = z.infer<typeof EdgeMergeStrategy>;

/**
 * An attribute value as Gephi holds it. Integers beyond ±2^53, BigInteger, BigDecimal, NaN and infinities come as
 * strings (no digit lost); arrays (int[], String[]) as arrays; dynamic values as Gephi's own text form.
 */
export const GephiValue = z.json();
export type GephiValue = z.infer<typeof GephiValue>;

/** A colour as 0–255 channels (java.awt.Color). */
export const GephiColor = z.object({ r: z.number(), g: z.number(), b: z.number(), a: z.number() });

export const GephiIssue = z.object({
  /** "import": the importer and the container's verify(); "process": appending the container to the workspace. */
  stage: z.enum(["import", "process"]),
  level: z.enum(["INFO", "WARNING", "SEVERE", "CRITICAL"]),
  message: z.string(),
});
export type GephiIssue = z.infer<typeof GephiIssue>;

export const GephiColumn = z.object({
  id: z.string(),
  title: z.string(),
  /** The Java class's simple name: "Integer", "Long", "Float", "Double", "String", "Boolean", "int[]", "String[]"… */
  type: z.string(),
  /** Gephi's own columns (id, label, timeset, weight) rather than a file's attribute. */
  property: z.boolean(),
  dynamic: z.boolean(),
});
export type GephiColumn = z.infer<typeof GephiColumn>;

export const GephiNode = z.object({
  id: GephiValue,
  label: z.string().nullable(),
  /** Position after Gephi's import auto-scale, in Gephi's layout units. */
  x: z.number(),
  y: z.number(),
  size: z.number(),
  color: GephiColor,
  /** Non-property columns by column id; null where the node has no value. */
  attributes: z.record(z.string(), GephiValue),
});
export type GephiNode = z.infer<typeof GephiNode>;

export const GephiEdge = z.object({
  id: GephiValue,
  source: GephiValue,
  target: GephiValue,
  label: z.string().nullable(),
  /** The edge type label: GEXF `kind`, GraphML's `label` XML attribute; null for the default type. */
  type: GephiValue,
  directed: z.boolean(),
  /** A number, or Gephi's text form of a dynamic weight. */
  weight: GephiValue,
  /** null when the file gave the edge no colour (Gephi then draws it in its source node's colour). */
  color: GephiColor.nullable(),
  attributes: z.record(z.string(), GephiValue),
});
export type GephiEdge = z.infer<typeof GephiEdge>;

export const GephiFileReport = z.object({
  file: z.string(),
  ok: z.literal(true),
  /** The importer Gephi chose by extension, e.g. "ImporterGEXF", "ImporterGraphML". */
  importer: z.string().nullable(),
  /** The container settings the import ran with (Gephi's defaults unless chosen). */
  options: z.object({ mergeStrategy: EdgeMergeStrategy, allowParallelEdges: z.boolean() }),
  nodeCount: z.number().int(),
  edgeCount: z.number().int(),
  directed: z.boolean(),
  undirected: z.boolean(),
  mixed: z.boolean(),
  multiGraph: z.boolean(),
  /** Edge type labels in the graph model (null is the default type). */
  edgeTypes: z.array(GephiValue),
  issues: z.array(GephiIssue),
  /** The import report's log lines (not issues), as Gephi's import dialog shows them. */
  importLog: z.string(),
  /** The workspace the file was appended to: named after the file; GEXF <meta> title and description land here. */
  workspace: z.object({
    name: z.string().nullable(),
    source: z.string().nullable(),
    title: z.string().nullable(),
    description: z.string().nullable(),
  }),
  /** The project's metadata (shared by every file of a run; no importer writes it in 0.10.1). */
  project: z.object({
    title: z.string().nullable(),
    author: z.string().nullable(),
    description: z.string().nullable(),
    keywords: z.string().nullable(),
  }),
  /** Graph-level attributes of the graph model (graph.getAttributeKeys()). */
  graphAttributes: z.record(z.string(), GephiValue),
  nodeColumns: z.array(GephiColumn),
  edgeColumns: z.array(GephiColumn),
  /** At most `maxElements` of each, in Gephi's store order. */
  nodes: z.array(GephiNode),
  edges: z.array(GephiEdge),
  truncated: z.object({ nodes: z.boolean(), edges: z.boolean() }),
});
export type GephiFileReport = z.infer<typeof GephiFileReport>;

/** A file Gephi could not read: the exception's stack trace. */
export const GephiFailure = z.object({ file: z.string(), ok: z.literal(false), error: z.string() });
export type GephiFailure = z.infer<typeof GephiFailure>;

export const GephiReport = z.discriminatedUnion("ok", [GephiFileReport, GephiFailure]);
export type GephiReport = z.infer<typeof GephiReport>;
