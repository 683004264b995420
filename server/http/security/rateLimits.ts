// Per-client rate limits for the expensive endpoints (POST /api/cypher, /api/export): 429 problem+json with Retry-After.
import type { RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import { sendProblem } from "../problem";

export function rateLimiter(endpoint: string, limit: number, windowMs: number): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    handler: (req, res) => {
      const resetTime = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const retryAfter = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now() + windowMs) - Date.now()) / 1000));
      sendProblem(res, {
        status: 429,
        code: "RATE_LIMITED",
        title: "Too many requests",
        detail: `${endpoint} accepts at most ${limit} requests per ${Math.round(windowMs / 1000)} s from one client; retry in ${retryAfter} s.`,
        retryAfter,
      });
    },
  });
}
