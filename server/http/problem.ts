// The one problem writer: every refusal and failure of the API leaves as RFC 9457 problem+json with a stable code.
import type { Problem, ProblemCode, ProblemLocation } from "@domain/contracts/problem";
import type { Response } from "express";

export type { ProblemLocation };

export interface ProblemInput {
  status: number;
  code: ProblemCode;
  title: string;
  detail?: string | undefined;
  issues?: Problem["issues"];
  /** Seconds, for 429 and 503. */
  retryAfter?: number | undefined;
  /** CYPHER_INVALID: where Neo4j found the error in the query (1-based). */
  line?: number | undefined;
  column?: number | undefined;
}

/** The body of a problem answer; `type` is a URN made from the code. */
export function problemBody(input: ProblemInput): Problem {
  return {
    type: `urn:kg-explorer:problem:${input.code.toLowerCase().replaceAll("_", "-")}`,
    title: input.title,
    status: input.status,
    code: input.code,
    ...(input.detail ? { detail: input.detail } : {}),
    ...(input.issues ? { issues: input.issues } : {}),
    ...(input.line !== undefined ? { line: input.line } : {}),
    ...(input.column !== undefined ? { column: input.column } : {}),
  };
}

/** Writes the problem with its status, `Retry-After` when given, and the request id the logger gave the request. */
export function sendProblem(res: Response, input: ProblemInput): void {
  if (input.retryAfter !== undefined) res.set("Retry-After", String(input.retryAfter));
  const requestId = (res.req as { id?: unknown } | undefined)?.id;
  const body = { ...problemBody(input), ...(typeof requestId === "string" ? { requestId } : {}) };
  res.status(input.status).type("application/problem+json").send(JSON.stringify(body));
}
