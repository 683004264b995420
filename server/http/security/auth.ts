// Bearer-token check on /api when API_TOKEN is set: constant-time comparison, 401 problem+json; health passes, marked.
import { createHash, timingSafeEqual } from "node:crypto";
import type { RequestHandler, Response } from "express";
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
 * False only for a request let through without the token: GET /api/health, which then answers reachability alone (no
 * URI, route, version or counts), so monitors need no secret. True when no token is set or the token matched.
 */
export function isAuthenticated(res: Response): boolean {
  return res.locals.unauthenticated !== true;
}

export function requireApiToken(token: string): RequestHandler {
  return (req, res, next) => {
    const given = bearerToken(req.get("authorization"));
    if (given !== undefined && tokensMatch(given, token)) return next();
    if ((req.method === "GET" || req.method === "HEAD") && req.path === "/health") {
      res.locals.unauthenticated = true;
      return next();
    }
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
