// GET /api/health: is Neo4j answering (the liveness probe's verdict), which version, which route, how big the graph is.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { HealthResponse } from "@domain/contracts/health";
import type { Router } from "express";
import type { AppContext } from "../context";
import { defineRoute } from "../defineRoute";
import { healthCheckOf } from "../healthCheck";
import { isAuthenticated } from "../security/auth";

export function healthRoutes(router: Router, registry: OpenAPIRegistry, ctx: AppContext): void {
  const check = healthCheckOf(ctx);
  defineRoute(router, registry, {
    method: "get",
    path: "/health",
    tags: ["meta"],
    summary: "Is Neo4j answering, which version, and how big is the graph",
    description:
      "Without the API token (when one is set) only `status` and `neo4j.reachable`. While the liveness probe says " +
      "Neo4j is frozen or unreachable the answer comes from the probe at once, with the last counts read; while it " +
      "says alive, a counts read slower than its deadline answers `ok` with the last counts and their `countedAt`.",
    responses: {
      200: { description: "Healthy", schema: HealthResponse },
      503: { description: "Neo4j not answering (frozen or unreachable), with Retry-After", schema: HealthResponse },
    },
    handler: async (_input, _req, res) => {
      const { httpStatus, body } = await check();
      if (httpStatus === 503) res.status(503).set("Retry-After", "5");
      return isAuthenticated(res) ? body : { status: body.status, neo4j: { reachable: body.neo4j.reachable } };
    },
  });
}
