// Bearer-token check on /api when API_TOKEN is set: constant-time comparison, 401 problem+json, reachability-only health.
import { createHash, timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import type { AppContext } from "../context";
import { healthCheckOf } from "../healthCheck";
import { sendProblem } from "../problem";

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer +(\S+) *$/i.exec(header ?? "");
  return match?.[1];
}

/** Compares digests of equal length, so neither the content nor the length of the token leaks through timing. */
export function tokensMatch(given: string, expected: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Without the token, GET /api/health answers only whether the explorer and Neo4j are reachable: no URI, route,
 * version or counts. Monitors need no secret; everything else does.
 */
function reachabilityOnly(ctx: AppContext): RequestHandler {
  const check = healthCheckOf(ctx);
  return async (_req, res) => {
    const { httpStatus, body } = await check();
    if (httpStatus === 503) res.set("Retry-After", "5");
    res.status(httpStatus).json({ status: body.status, neo4j: { reachable: body.neo4j.reachable } });
  };
}

export function requireApiToken(token: string, ctx: AppContext): RequestHandler {
  const health = reachabilityOnly(ctx);
  return (req, res, next) => {
    const given = bearerToken(req.get("authorization"));
    if (given !== undefined && tokensMatch(given, token)) return next();
    if ((req.method === "GET" || req.method === "HEAD") && req.path === "/health") return health(req, res, next);
    res.set("WWW-Authenticate", 'Bearer realm="kg-explorer"');
    sendProblem(res, {
      status: 401,
      code: "UNAUTHORIZED",
      title: "A bearer token is required",
      detail:
        given === undefined
          ? "Send the API token as 'Authorization: Bearer <token>'."
          : "The bearer token does not match this server's API_TOKEN.",
      issues: [{ path: ["authorization"], location: "header", message: "must carry the server's API token" }],
    });
  };
}
