// What networkx_check.py says networkx saw in one file: the zod schema of its JSON line, and the type tests assert on.
import { z } from "zod";

/**
 * A value with the name of its Python type ("int", "float", "str", "bool", "list", "dict"…). Ints beyond ±2^53,
 * NaN and infinities come as strings (no digit lost); tuples as lists; other objects as their repr.
 */
export const TypedValue = z.object({ type: z.string(), value: z.json() });
export type TypedValue = z.infer<typeof TypedValue>;

export const NetworkxNode = z.object({
  id: z.json(),
  idType: z.string(),
  attributes: z.record(z.string(), TypedValue),
});
export type NetworkxNode = z.infer<typeof NetworkxNode>;

export const NetworkxEdge = z.object({
  source: z.json(),
  target: z.json(),
  /** The multigraph key (GEXF and GraphML edge ids become keys); null in a simple graph. */
  key: z.json(),
  attributes: z.record(z.string(), TypedValue),
});
export type NetworkxEdge = z.infer<typeof NetworkxEdge>;

export const NetworkxFileReport = z.object({
  file: z.string(),
  ok: z.literal(true),
  /** "read_gexf" or "read_graphml", chosen by extension. */
  reader: z.string(),
  networkxVersion: z.string(),
  /** "Graph", "DiGraph", "MultiGraph" or "MultiDiGraph". */
  graphClass: z.string(),
  directed: z.boolean(),
  multigraph: z.boolean(),
  nodeCount: z.number().int(),
  edgeCount: z.number().int(),
  /** G.graph: GraphML graph-level <data>, GEXF's mode/name, and networkx's node_default/edge_default. */
  graphAttributes: z.record(z.string(), TypedValue),
  /** For every node attribute, the Python type names it takes over all nodes (not capped). */
  nodeAttributeTypes: z.record(z.string(), z.array(z.string())),
  edgeAttributeTypes: z.record(z.string(), z.array(z.string())),
  /** At most `maxElements` of each, in networkx's order (the file's). */
  nodes: z.array(NetworkxNode),
  edges: z.array(NetworkxEdge),
  truncated: z.object({ nodes: z.boolean(), edges: z.boolean() }),
});
export type NetworkxFileReport = z.infer<typeof NetworkxFileReport>;

/** A file networkx refused: the exception's class name (e.g. "NetworkXError") and traceback. */
export const NetworkxFailure = z.object({
  file: z.string(),
  ok: z.literal(false),
  errorType: z.string(),
  error: z.string(),
});
export type NetworkxFailure = z.infer<typeof NetworkxFailure>;

export const NetworkxReport = z.discriminatedUnion("ok", [NetworkxFileReport, NetworkxFailure]);
export type NetworkxReport = z.infer<typeof NetworkxReport>;
