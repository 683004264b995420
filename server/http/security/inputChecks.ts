// Edge checks on /api input: JSON content type, body size, malformed JSON, structural limits and forbidden keys.
import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import { type ProblemLocation, sendProblem } from "../problem";
import { findJsonViolation, formatPath, type LimitViolation } from "./jsonLimits";
import { findQueryViolation } from "./queryLimits";
import type { SecuritySettings } from "./settings";

function hasBody(headers: Record<string, string | string[] | undefined>): boolean {
  const length = headers["content-length"];
  return headers["transfer-encoding"] !== undefined || (length !== undefined && length !== "0");
}

function sendViolation(res: express.Response, location: ProblemLocation, found: LimitViolation): void {
  const field = formatPath(found.path);
  sendProblem(res, {
    status: 400,
    code: found.reason === "forbidden-key" ? "FORBIDDEN_KEY" : "INPUT_LIMIT_EXCEEDED",
    title: found.reason === "forbidden-key" ? "A forbidden key was sent" : "The request exceeds an input limit",
    detail: `${location}${field ? ` ${field}` : ""}: ${found.message}`,
    issues: [{ path: found.path, location, message: found.message }],
  });
}

/** Query strings: sizes, repeats and prototype-pollution keys. */
export function checkQueryString(settings: SecuritySettings): RequestHandler {
  return (req, res, next) => {
    const found = findQueryViolation(req.query as Record<string, unknown>, settings.query);
    if (found) return sendViolation(res, "query", found);
    next();
  };
}

/** A request that carries a body must say it is JSON (UTF-8): the API reads nothing else. */
export function requireJsonContentType(): RequestHandler {
  return (req, res, next) => {
    if (!hasBody(req.headers)) return next();
    const charset = /;\s*charset=("?)([^";]+)\1/i.exec(req.get("content-type") ?? "")?.[2]?.toLowerCase();
    if (req.is("application/json") && (charset === undefined || charset === "utf-8")) return next();
    sendProblem(res, {
      status: 415,
      code: "UNSUPPORTED_MEDIA_TYPE",
      title: "The request body must be JSON",
      detail: `content-type: must be application/json (UTF-8), got ${req.get("content-type") ?? "none"}`,
      issues: [{ path: ["content-type"], location: "header", message: "must be application/json" }],
    });
  };
}

export function parseJsonBody(settings: SecuritySettings): RequestHandler {
  return express.json({ limit: settings.maxBodyBytes, strict: true, type: "application/json" });
}

/** body-parser's errors (it tags them with `type`) as problems; anything else goes on to the app's error handler. */
export function jsonBodyErrors(settings: SecuritySettings): ErrorRequestHandler {
  return (error, _req, res, next) => {
    const type = (error as { type?: unknown }).type;
    if (type === "entity.too.large") {
      const message = `must be at most ${settings.maxBodyBytes} bytes`;
      return sendProblem(res, {
        status: 413,
        code: "PAYLOAD_TOO_LARGE",
        title: "The request body is too large",
        detail: `body: ${message}`,
        issues: [{ path: [], location: "body", message }],
      });
    }
    if (type === "entity.parse.failed") {
      const reason = error instanceof Error ? error.message : "not valid JSON";
      return sendProblem(res, {
        status: 400,
        code: "MALFORMED_JSON",
        title: "The request body is not valid JSON",
        detail: `body: ${reason}`,
        issues: [{ path: [], location: "body", message: `must be a JSON object or array (${reason})` }],
      });
    }
    if (type === "encoding.unsupported" || type === "charset.unsupported") {
      return sendProblem(res, {
        status: 415,
        code: "UNSUPPORTED_MEDIA_TYPE",
        title: "The request body must be UTF-8 JSON",
        detail: "content-encoding/charset: must be identity (or gzip/deflate) and UTF-8",
        issues: [{ path: ["content-type"], location: "header", message: "must be UTF-8 JSON" }],
      });
    }
    if (type === "request.aborted" || type === "request.size.invalid" || type === "stream.encoding.set") {
      return sendProblem(res, {
        status: 400,
        code: "MALFORMED_JSON",
        title: "The request body could not be read",
        detail: `body: ${type}`,
        issues: [{ path: [], location: "body", message: "could not be read completely" }],
      });
    }
    next(error);
  };
}

/** Depth, sizes and forbidden keys of the parsed body, with tighter limits on Cypher `params`. */
export function checkJsonBody(settings: SecuritySettings): RequestHandler {
  return (req, res, next) => {
    if (req.body === undefined || res.locals.kgBodyChecked === true) return next();
    const found = findJsonViolation(req.body, settings.body, { nestedKey: "params", nestedLimits: settings.params });
    if (found) return sendViolation(res, "body", found);
    next();
  };
}

/**
 * The workbench's document upload: a JSON body of up to `maxBytes` (the file travels base64 inside it) whose strings
 * may be as long as the upload or the pasted text allows; the other structural limits are the API's. Mounted before
 * the API's own parser, which then leaves the parsed body alone.
 */
export function uploadJsonBody(
  settings: SecuritySettings,
  maxBytes: number,
  maxStringLength: number,
): RequestHandler[] {
  const limits = { ...settings.body, maxStringLength };
  const upload = { ...settings, maxBodyBytes: maxBytes };
  const check: RequestHandler = (req, res, next) => {
    if (req.body === undefined) return next();
    const found = findJsonViolation(req.body, limits);
    if (found) return sendViolation(res, "body", found);
    res.locals.kgBodyChecked = true;
    next();
  };
  return [
    requireJsonContentType(),
    express.json({ limit: maxBytes, strict: true, type: "application/json" }),
    jsonBodyErrors(upload) as unknown as RequestHandler,
    check,
  ];
}
