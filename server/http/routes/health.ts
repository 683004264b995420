// GET /api/health: is Neo4j answering (the liveness probe's verdict), which version, which route, how big the graph is.
import { Router } from "express";
import type { AppContext } from "../context";
import { healthCheckOf } from "../healthCheck";

export function healthRouter(ctx: AppContext): Router {
  const router = Router();
  const check = healthCheckOf(ctx);
  router.get("/health", async (_req, res) => {
    const { httpStatus, body } = await check();
    if (httpStatus === 503) res.set("Retry-After", "5");
    res.status(httpStatus).json(body);
  });
  return router;
}
