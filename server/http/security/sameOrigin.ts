// Which requests may reach the API from a browser: the Host must name this server (no DNS rebinding), and a write
// must come from this server's own page (no cross-site form posts or fetches). Decided on the WHATWG URL parser's reading.
import type { RequestHandler } from "express";
import { sendProblem } from "../problem";

export interface SameOriginSettings {
  /**
   * Host names (no port) the server answers to besides the loopback ones, lower case (KG_ALLOWED_HOSTS). With
   * `checkHost` false (a server off loopback, behind its API token) any Host is accepted.
   */
  allowedHosts: readonly string[];
  checkHost: boolean;
  /** Origins of other sites allowed to call the API (KG_CORS_ORIGIN), e.g. "https://a.example". */
  corsOrigins: readonly string[];
}

/** Methods that change state; a browser sends `Origin` with each of them. */
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Host names that are this machine whatever DNS says: 127.0.0.0/8, ::1 and localhost (RFC 6761). */
export function isLoopbackHostname(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return h === "localhost" || h === "[::1]" || /^127\.(?:\d{1,3}\.){2}\d{1,3}$/.test(h);
}

/**
 * The Host header as a browser's URL parser reads it ("127.0.0.1:7400" → hostname "127.0.0.1"), or undefined when it
 * is not a plain host[:port] (userinfo, a path, a query, or unparseable).
 */
export function parseHost(host: string | undefined): { hostname: string; host: string } | undefined {
  if (!host || /[/?#@\\\s]/.test(host)) return undefined;
  try {
    const url = new URL(`http://${host}`);
    if (url.username || url.password || url.pathname !== "/") return undefined;
    return { hostname: url.hostname.toLowerCase(), host: url.host.toLowerCase() };
  } catch {
    return undefined;
  }
}

export type SameOriginVerdict =
  | { ok: true }
  | { ok: false; code: "HOST_NOT_ALLOWED" | "ORIGIN_NOT_ALLOWED"; reason: string; header: string };

/**
 * Pure: may this request through? The Host must parse and name a loopback host or an allowed one (when `checkHost`);
 * an unsafe method must carry an `Origin` equal to the Host's own origin or a CORS-allowed one, or, without Origin,
 * no `Sec-Fetch-Site` other than same-origin or none. Requests with neither header (curl, scripts) are no browser's,
 * so no other site can send them: they pass.
 */
export function sameOriginVerdict(
  request: { method: string; host: string | undefined; origin: string | undefined; fetchSite: string | undefined },
  settings: SameOriginSettings,
): SameOriginVerdict {
  const host = parseHost(request.host);
  if (settings.checkHost) {
    const allowed =
      host !== undefined && (isLoopbackHostname(host.hostname) || settings.allowedHosts.includes(host.hostname));
    if (!allowed) {
      return {
        ok: false,
        code: "HOST_NOT_ALLOWED",
        header: "host",
        reason: `must name this server (a loopback address, localhost or KG_ALLOWED_HOSTS), got ${JSON.stringify(request.host ?? "")}`,
      };
    }
  }
  if (!UNSAFE.has(request.method.toUpperCase())) return { ok: true };
  if (request.origin !== undefined) {
    if (settings.corsOrigins.includes(request.origin)) return { ok: true };
    let origin: URL | undefined;
    try {
      origin = request.origin === "null" ? undefined : new URL(request.origin);
    } catch {
      origin = undefined;
    }
    const same =
      origin !== undefined &&
      (origin.protocol === "http:" || origin.protocol === "https:") &&
      host !== undefined &&
      origin.host === host.host;
    if (same && origin?.origin === request.origin) return { ok: true };
    return {
      ok: false,
      code: "ORIGIN_NOT_ALLOWED",
      header: "origin",
      reason: `a write must come from this server's own page, got ${JSON.stringify(request.origin)}`,
    };
  }
  const site = request.fetchSite?.toLowerCase();
  if (site === undefined || site === "same-origin" || site === "none") return { ok: true };
  return {
    ok: false,
    code: "ORIGIN_NOT_ALLOWED",
    header: "sec-fetch-site",
    reason: `a write must come from this server's own page, got Sec-Fetch-Site ${JSON.stringify(site)}`,
  };
}

/** The middleware: 403 problem+json naming the header and the reason. */
export function requireSameOrigin(settings: SameOriginSettings): RequestHandler {
  return (req, res, next) => {
    const verdict = sameOriginVerdict(
      { method: req.method, host: req.get("host"), origin: req.get("origin"), fetchSite: req.get("sec-fetch-site") },
      settings,
    );
    if (verdict.ok) return next();
    sendProblem(res, {
      status: 403,
      code: verdict.code,
      title: verdict.code === "HOST_NOT_ALLOWED" ? "This host name is not served" : "Cross-site writes are refused",
      detail: `${verdict.header}: ${verdict.reason}`,
      issues: [{ path: [verdict.header], location: "header", message: verdict.reason }],
    });
  };
}
