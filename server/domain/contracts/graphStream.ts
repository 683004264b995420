// GET /api/graph/stream: the graph as NDJSON, one line per chunk of graphology nodes or edges, for large graphs.
import { z } from "zod";
import { GraphQuery } from "./api";
import { ProblemCode } from "./problem";
import { WireGraph, WireInteger } from "./wire";

export const GraphStreamQuery = GraphQuery.extend({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .default(1_000_000)
    .meta({ description: "Maximum number of nodes (most connected first)." }),
  chunk: z.coerce.number().int().min(100).max(50_000).default(5000).meta({ description: "Nodes or edges per line." }),
});
export type GraphStreamQuery = z.infer<typeof GraphStreamQuery>;

const Totals = z.object({ nodes: WireInteger, edges: WireInteger });

/** The lines, in order: one `start`, `nodes` lines, `edges` lines, one `end` (or `error` if it fails midway). */
export const GraphStreamLine = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("start"),
    attributes: WireGraph.shape.attributes,
    options: WireGraph.shape.options,
    /** Nodes that will be sent, and the edges the filter matches (an upper bound of those sent). */
    expected: Totals,
  }),
  z.object({ kind: z.literal("nodes"), nodes: WireGraph.shape.nodes }),
  z.object({ kind: z.literal("edges"), edges: WireGraph.shape.edges }),
  z.object({ kind: z.literal("end"), truncated: z.boolean(), totals: Totals, sent: Totals }),
  z.object({ kind: z.literal("error"), code: ProblemCode, title: z.string() }),
]);
export type GraphStreamLine = z.infer<typeof GraphStreamLine>;
