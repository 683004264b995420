// Typed API errors with stable codes: the UI decides what to show by code, never by message text.
import type { Problem } from "@domain/contracts/api";

export type ApiErrorCode =
  /** The server did not answer (down, network, CORS). */
  | "API_UNREACHABLE"
  /** The server answered with a body the shared schemas reject. */
  | "INVALID_RESPONSE"
  /** The request was aborted because a newer one replaced it. */
  | "ABORTED"
  /** Any problem code the server sends (NOT_FOUND, VALIDATION_FAILED, NEO4J_UNAVAILABLE…). */
  | (string & {});

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number | null;
  /** The server's problem details, when it sent some (e.g. `line` and `column` of a Cypher syntax error). */
  readonly problem: Problem | null;
  constructor(
    code: ApiErrorCode,
    message: string,
    status: number | null = null,
    options?: { cause?: unknown; problem?: Problem },
  ) {
    super(message, options);
    this.name = "ApiError";
    this.code = code;
    this.status = status;
    this.problem = options?.problem ?? null;
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof ApiError && error.code === "ABORTED";
}

/** A sentence for the UI. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === "API_UNREACHABLE") return "The explorer's server is not answering.";
    if (error.code === "NEO4J_UNAVAILABLE") return "The graph database is not reachable.";
    if (error.code === "UNAUTHORIZED") {
      return "This server requires an API token: open the explorer with the link ending in #token=… that it printed.";
    }
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
