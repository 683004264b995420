// Writes the security layer's refusals as RFC 9457 problem+json with a stable code, naming the field and the reason.

import type { Problem } from "@domain/contracts/api";
import type { Response } from "express";

export type SecurityProblemCode =
  | "UNAUTHORIZED"
  | "RATE_LIMITED"
  | "PAYLOAD_TOO_LARGE"
  | "MALFORMED_JSON"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "INPUT_LIMIT_EXCEEDED"
  | "FORBIDDEN_KEY";

export type ProblemLocation = "body" | "query" | "header";

export interface ProblemInput {
  status: number;
  code: string;
  title: string;
  detail?: string;
  issues?: Problem["issues"];
  /** Seconds, for 429 and 503. */
  retryAfter?: number;
}

export function problemBody(input: ProblemInput): Problem {
  return {
    type: `urn:kg-explorer:problem:${input.code.toLowerCase().replaceAll("_", "-")}`,
    title: input.title,
    status: input.status,
    code: input.code,
    ...(input.detail ? { detail: input.detail } : {}),
    ...(input.issues ? { issues: input.issues } : {}),
  };
}

export function sendProblem(res: Response, input: ProblemInput): void {
  if (input.retryAfter !== undefined) res.set("Retry-After", String(input.retryAfter));
  const requestId = (res.req as { id?: unknown } | undefined)?.id;
  const body = { ...problemBody(input), ...(typeof requestId === "string" ? { requestId } : {}) };
  res.status(input.status).type("application/problem+json").send(JSON.stringify(body));
}
