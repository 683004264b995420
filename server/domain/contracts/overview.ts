// GET /api/overview: what the client opens on at scale (the most connected nodes) and counts of what is left out.
import { z } from "zod";

/** Nodes the overview holds at most: what sigma draws comfortably in a browser (docs/ENVIRONMENT measures). */
export const OVERVIEW_MAX_NODES = 20_000;

export const OverviewQuery = z.object({
  limit: z.coerce.number().int().min(1).max(OVERVIEW_MAX_NODES).optional().meta({
    description:
      "Nodes of the overview, the most connected first as /api/graph orders them (default KG_OVERVIEW_NODES).",
  }),
});
export type OverviewQuery = z.infer<typeof OverviewQuery>;

export const OverviewCounts = z.object({
  nodes: z.number().int().min(0),
  relationships: z.number().int().min(0),
  /** Nodes by model label (Entity, Claim, Source). */
  nodesByLabel: z.record(z.string(), z.number().int().min(0)),
  /** Relationships by type. */
  relationshipsByType: z.record(z.string(), z.number().int().min(0)),
});
export type OverviewCounts = z.infer<typeof OverviewCounts>;

export const OverviewResponse = z
  .object({
    overview: z.boolean().meta({
      description:
        "true when the graph has more than `above` nodes: the client opens on the `limit` most connected nodes " +
        "and the relationships among them that GET /api/graph?limit=… sends (at most limit × 5) instead of the whole graph.",
    }),
    above: z.number().int().meta({ description: "The threshold in nodes (KG_OVERVIEW_ABOVE)." }),
    limit: z.number().int(),
    total: OverviewCounts,
    /** What the overview holds; with `overview` false, the same as `total`. */
    shown: OverviewCounts,
    /** total − shown, by label and type. */
    leftOut: OverviewCounts,
  })
  .meta({ id: "OverviewResponse" });
export type OverviewResponse = z.infer<typeof OverviewResponse>;
