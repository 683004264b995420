// Builds the Express app apart from listen(), so tests drive it with supertest.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import express, { type Express } from "express";
import type { AppContext } from "./context";
import { healthRouter } from "./routes/health";
import { applySecurity } from "./security";

export const CLIENT_DIST = resolve(import.meta.dirname, "../../client/dist");

export function createApp(ctx: AppContext): Express {
  const app = express();
  app.disable("x-powered-by");
  applySecurity(app, ctx);
  app.use("/api", healthRouter(ctx));
  if (existsSync(CLIENT_DIST)) {
    app.use(express.static(CLIENT_DIST, { index: "index.html" }));
  }
  return app;
}
