// Builds the Express app apart from listen(), so tests drive it with supertest.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import express, { type Express } from "express";
import { apiRouter } from "./apiRouter";
import type { AppContext } from "./context";
import { errorHandler } from "./errorHandler";
import { requestLogger } from "./requestLogger";
import { applySecurity } from "./security";

export const CLIENT_DIST = resolve(import.meta.dirname, "../../client/dist");

export function createApp(ctx: AppContext, options: { clientDist?: string } = {}): Express {
  const app = express();
  app.disable("x-powered-by");
  // No ETag on API answers: hashing every body (15–100 KB for a neighbor page) cost CPU on each request, while
  // nothing revalidates them (they carry no cache headers). Static files keep their own ETags (express.static).
  app.set("etag", false);
  // Request ids first, so even a request the security layer refuses is logged with its id.
  app.use(requestLogger(ctx.logger));
  applySecurity(app, ctx);
  app.use("/api", apiRouter(ctx));
  const dist = options.clientDist ?? CLIENT_DIST;
  if (existsSync(dist)) {
    app.use(express.static(dist, { index: "index.html" }));
    // SPA fallback: any other GET outside /api is a client route, so deep links load the app.
    app.get(/^(?!\/api(?:\/|$)).*/, (_req, res) => res.sendFile(resolve(dist, "index.html")));
  }
  app.use(errorHandler(ctx.logger));
  return app;
}
