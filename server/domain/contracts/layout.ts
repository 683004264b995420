// Precomputed layout: the request that starts a ForceAtlas2 job and the progress the server reports.
import { z } from "zod";

export const LayoutRequest = z.strictObject({
  iterations: z
    .number()
    .int()
    .min(1)
    .max(2000)
    .optional()
    .meta({ description: "ForceAtlas2 iterations; by default fewer as the graph grows (500 up to 2k nodes)." }),
});
export type LayoutRequest = z.infer<typeof LayoutRequest>;

export const LayoutPhase = z.enum(["idle", "reading", "computing", "writing", "done", "failed"]);
export type LayoutPhase = z.infer<typeof LayoutPhase>;

export const LayoutStatus = z.object({
  phase: LayoutPhase,
  running: z.boolean(),
  /** 0 to 1 over the whole job (reading, computing, writing). */
  progress: z.number().min(0).max(1),
  nodes: z.number().int(),
  edges: z.number().int(),
  iterations: z.object({ done: z.number().int(), total: z.number().int() }),
  written: z.number().int().meta({ description: "Positions written back to Neo4j so far." }),
  barnesHut: z.boolean(),
  method: z
    .enum(["forceatlas2", "core-and-neighbours"])
    .optional()
    .meta({
      description:
        "forceatlas2: the whole graph; core-and-neighbours (large graphs): ForceAtlas2 on the most connected nodes, " +
        "every other node near the mean of its placed neighbours.",
    }),
  startedAt: z.string().optional(),
  finishedAt: z.string().optional(),
  error: z.string().optional(),
});
export type LayoutStatus = z.infer<typeof LayoutStatus>;
