// Typed API errors with stable codes: the UI decides what to show by code, never by message text.
import type { ErrorCode, Problem } from "@domain/contracts/problem";

/** Codes of the one list in the shared room: the server's problem codes and the client's own (API_UNREACHABLE, …). */
export type ApiErrorCode = ErrorCode;

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
