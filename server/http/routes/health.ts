// GET /api/health: is Neo4j reachable, which version, which route, and how big is the graph.
import { Router } from "express";
import { cypher } from "../../neo4j/cypherFiles";
import { toPlain } from "../../neo4j/values";
import type { AppContext } from "../context";

export function healthRouter(ctx: AppContext): Router {
  const router = Router();
  router.get("/health", async (_req, res) => {
    const base = { route: ctx.connection.route, uri: ctx.connection.uri };
    try {
      const [components, counts] = await Promise.all([
        ctx.db.read(cypher("health/components")),
        ctx.db.read(cypher("health/counts")),
      ]);
      const c = components.records[0];
      const n = counts.records[0];
      res.json({
        status: "ok",
        neo4j: {
          reachable: true,
          ...base,
          version: c?.get("version") ?? null,
          edition: c?.get("edition") ?? null,
          nodes: toPlain(n?.get("nodes")),
          relationships: toPlain(n?.get("relationships")),
        },
      });
    } catch (error) {
      res
        .status(503)
        .set("Retry-After", "5")
        .json({
          status: "degraded",
          neo4j: { reachable: false, ...base, error: (error as { code?: string }).code ?? "NEO4J_UNAVAILABLE" },
        });
    }
  });
  return router;
}
