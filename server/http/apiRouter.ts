// The /api router: every endpoint, each registered in the OpenAPI document it serves.

import { Router } from "express";
import type { AppContext } from "./context";
import { apiNotFound } from "./errorHandler";
import { neo4jGate } from "./neo4jGate";
import { createRegistry } from "./openapi";
import { corroborationRoutes } from "./routes/corroboration";
import { cypherRoutes } from "./routes/cypher";
import { exportRoutes } from "./routes/export";
import { graphRoutes } from "./routes/graph";
import { healthRoutes } from "./routes/health";
import { layoutRoutes } from "./routes/layout";
import { nodeRoutes } from "./routes/nodes";
import { openApiRoutes } from "./routes/openapi";
import { overviewRoutes } from "./routes/overview";
import { pathRoutes } from "./routes/paths";
import { queryRoutes } from "./routes/queries";
import { searchRoutes } from "./routes/search";
import { sourceRoutes } from "./routes/sources";
import { workbenchRoutes } from "./routes/workbench";

export function apiRouter(ctx: AppContext): Router {
  const router = Router();
  const registry = createRegistry();
  healthRoutes(router, registry, ctx);
  // Everything after this needs Neo4j (but the query library, the OpenAPI document and layout progress).
  if (ctx.liveness) router.use(neo4jGate(ctx.liveness));
  graphRoutes(router, registry, ctx);
  overviewRoutes(router, registry, ctx);
  searchRoutes(router, registry, ctx);
  nodeRoutes(router, registry, ctx);
  pathRoutes(router, registry, ctx);
  sourceRoutes(router, registry, ctx);
  corroborationRoutes(router, registry, ctx);
  queryRoutes(router, registry, ctx);
  cypherRoutes(router, registry, ctx);
  exportRoutes(router, registry, ctx);
  layoutRoutes(router, registry, ctx);
  workbenchRoutes(router, registry, ctx);
  openApiRoutes(router, registry);
  router.use(apiNotFound);
  return router;
}
