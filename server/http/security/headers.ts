// Response headers: helmet with a strict Content-Security-Policy the explorer runs under, and CORS only by allowlist.
import cors from "cors";
import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * No inline scripts; blob: workers for ForceAtlas2; data:/blob: images for the PNG export; API calls to this origin
 * only; no plugins; never framed. No `upgrade-insecure-requests`: the explorer is served over plain HTTP on loopback.
 */
export const CSP_DIRECTIVES: Record<string, string[]> = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "script-src-attr": ["'none'"],
  "worker-src": ["'self'", "blob:"],
  "img-src": ["'self'", "data:", "blob:"],
  "connect-src": ["'self'"],
  "style-src": ["'self'"],
  "font-src": ["'self'", "data:"],
  "object-src": ["'none'"],
  "frame-ancestors": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'self'"],
};

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    xFrameOptions: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
  });
}

/** CORS headers only for the listed origins; with none listed the API sends no CORS headers at all. */
export function corsAllowlist(origins: string[]): RequestHandler {
  return cors({
    origin: origins,
    methods: ["GET", "POST"],
    allowedHeaders: ["Authorization", "Content-Type"],
    maxAge: 600,
  });
}
