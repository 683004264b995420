// Health on the wire: what the liveness probe last saw of Neo4j, and what GET /api/health answers.
import { z } from "zod";

/** alive: the last ping answered; frozen: a ping missed its deadline; unreachable: a ping failed (refused, auth, …). */
export const LivenessStatus = z.enum(["alive", "frozen", "unreachable"]);
export type LivenessStatus = z.infer<typeof LivenessStatus>;

export const Liveness = z
  .object({
    status: LivenessStatus,
    since: z.string().meta({ description: "When the probe first saw this status (ISO 8601)." }),
    checkedAt: z.string().nullable().meta({ description: "When the last ping ended or missed its deadline." }),
    latencyMs: z.number().nullable().meta({ description: "Round trip of the last ping that answered, in ms." }),
    error: z.string().nullable().meta({ description: "PING_TIMEOUT, or the code of the last failed ping." }),
  })
  .meta({ id: "Liveness" });
export type Liveness = z.infer<typeof Liveness>;

/** Without the API token only `status` and `neo4j.reachable` are sent; the rest needs it. */
export const HealthResponse = z
  .object({
    status: z.enum(["ok", "degraded"]),
    neo4j: z.object({
      reachable: z.boolean(),
      route: z.string().optional(),
      uri: z.string().optional(),
      version: z.string().nullable().optional(),
      edition: z.string().nullable().optional(),
      nodes: z.number().nullable().optional(),
      relationships: z.number().nullable().optional(),
      countedAt: z
        .string()
        .optional()
        .meta({ description: "When the version and counts were read; older than this answer while degraded." }),
      error: z.string().optional(),
      liveness: Liveness.optional(),
    }),
  })
  .meta({ id: "HealthResponse" });
export type HealthResponse = z.infer<typeof HealthResponse>;
