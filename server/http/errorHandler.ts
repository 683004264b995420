// The one error middleware: every failure becomes problem+json with a stable code; never a stack trace.

import type { ProblemCode } from "@domain/contracts/problem";
import type { ErrorRequestHandler, RequestHandler } from "express";
import type { Logger } from "pino";
import { CypherInvalidError, CypherRefusedError } from "../cypherGate/errors";
import { KgError, ProblemError } from "../errors";
import { classifyNeo4jError } from "../neo4j/errors";
import { type ProblemInput, sendProblem } from "./problem";
import { RequestValidationError } from "./validation";

/** How the typed errors the server throws (KgError codes that are problem codes) are answered. */
const KG_STATUS: Partial<Record<ProblemCode, { status: number; title: string }>> = {
  NOT_FOUND: { status: 404, title: "Not found" },
  VALIDATION_FAILED: { status: 400, title: "Invalid input" },
  CYPHER_INVALID: { status: 400, title: "Neo4j rejected the query" },
  CYPHER_TIMEOUT: { status: 504, title: "The query did not finish within its time limit" },
  EXPORT_TOO_LARGE: { status: 413, title: "The export is too large" },
  CYPHER_ANSWER_TOO_LARGE: { status: 413, title: "The query's answer is too large to decode" },
  CYPHER_BUSY: { status: 503, title: "Every Cypher worker is busy" },
  EXPORT_EMPTY: { status: 422, title: "The selection holds no node or relationship to export" },
  NEO4J_UNAVAILABLE: { status: 503, title: "The graph database is unavailable" },
};

/** Pure: how an error is answered. Unknown errors say nothing about themselves. */
export function answerFor(error: unknown): ProblemInput {
  if (error instanceof RequestValidationError) {
    return {
      status: 400,
      code: "VALIDATION_FAILED",
      title: "Invalid input",
      detail: error.message,
      issues: error.issues,
    };
  }
  if (error instanceof ProblemError) {
    return {
      status: error.status,
      code: error.code as ProblemCode,
      title: error.title,
      detail: error.message,
      ...(error.issues ? { issues: error.issues } : {}),
    };
  }
  if (error instanceof CypherRefusedError) {
    return { status: 403, code: error.refusal, title: "The query was refused", detail: error.message };
  }
  if (error instanceof CypherInvalidError) {
    return {
      status: 400,
      code: "CYPHER_INVALID",
      title: "Neo4j rejected the query",
      detail: error.message,
      line: error.line,
      column: error.column,
    };
  }
  if (error instanceof KgError) {
    const known = KG_STATUS[error.code as ProblemCode];
    if (known) {
      const expose = known.status < 500 || error.code === "CYPHER_TIMEOUT";
      return {
        status: known.status,
        code: error.code as ProblemCode,
        title: known.title,
        ...(expose ? { detail: error.message } : {}),
        ...(known.status === 503 ? { retryAfter: 5 } : {}),
      };
    }
  }
  const neo4j = classifyNeo4jError(error);
  if (neo4j) {
    return {
      status: neo4j.status,
      code: neo4j.code,
      title: neo4j.title,
      ...(neo4j.exposeMessage ? { detail: (error as Error).message } : {}),
      ...(neo4j.retryAfterSeconds !== undefined ? { retryAfter: neo4j.retryAfterSeconds } : {}),
    };
  }
  return { status: 500, code: "INTERNAL_ERROR", title: "Unexpected error" };
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const answer = answerFor(error);
    const log = (req as { log?: Logger }).log ?? logger;
    // Already answered in full (by the Neo4j gate while the database was frozen): the route's late failure is no
    // news, and destroying the socket would cut the client's next request on the same keep-alive connection.
    if (res.writableEnded) {
      log.debug({ err: error, code: answer.code }, "request failed after it was answered");
      return;
    }
    if (answer.status >= 500) log.error({ err: error, code: answer.code }, "request failed");
    else log.info({ code: answer.code }, "request refused");
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendProblem(res, answer);
  };
}

/** Unknown /api paths answer JSON 404, never the client's index.html. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new KgError("NOT_FOUND", `No API endpoint ${req.method} ${req.baseUrl}${req.path}.`));
};
