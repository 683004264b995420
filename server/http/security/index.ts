// Network-facing protections before every route: headers/CSP, Host and Origin, CORS allowlist, token, rate and input limits.
import type { Express } from "express";
import { resolveWorkbenchSettings, uploadBodyBytes } from "../../workbench/settings";
import type { AppContext } from "../context";
import { requireApiToken } from "./auth";
import { corsAllowlist, securityHeaders } from "./headers";
import {
  checkJsonBody,
  checkQueryString,
  jsonBodyErrors,
  parseJsonBody,
  requireJsonContentType,
  uploadJsonBody,
} from "./inputChecks";
import { rateLimiter } from "./rateLimits";
import { requireSameOrigin } from "./sameOrigin";
import { resolveSecuritySettings } from "./settings";

export { classifyNeo4jError } from "../../neo4j/errors";

export function applySecurity(app: Express, ctx: AppContext): void {
  const settings = resolveSecuritySettings(ctx.env);
  app.use(securityHeaders());
  // Before the token: a page on another host name (DNS rebinding) or another site never reaches a route.
  app.use(requireSameOrigin(settings));
  if (settings.corsOrigins.length > 0) app.use("/api", corsAllowlist(settings.corsOrigins));
  if (settings.apiToken) app.use("/api", requireApiToken(settings.apiToken));
  const { windowMs } = settings.rateLimit;
  app.use("/api/cypher", rateLimiter("POST /api/cypher", settings.rateLimit.cypher, windowMs));
  app.use("/api/export", rateLimiter("/api/export", settings.rateLimit.export, windowMs));
  app.use("/api", checkQueryString(settings));
  // Adding a document carries the file (base64) or the pasted text: its own, larger body and string limits.
  const workbench = resolveWorkbenchSettings(ctx.env);
  const uploadBytes = uploadBodyBytes(workbench);
  const longest = Math.max(Math.ceil(workbench.maxUploadBytes / 3) * 4, workbench.maxTextChars);
  app.post("/api/workbench/documents", ...uploadJsonBody(settings, uploadBytes, longest));
  app.use("/api", requireJsonContentType());
  app.use("/api", parseJsonBody(settings));
  app.use("/api", jsonBodyErrors(settings));
  app.use("/api", checkJsonBody(settings));
}
