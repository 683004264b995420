// Every stable error code of the explorer, in one list, and the problem+json answer (RFC 9457) that carries one.
import { z } from "zod";

/** The process and its tools: a CLI's or a start's exit message, never an HTTP answer. */
const PROCESS_CODES = ["CONFIG_INVALID", "NEO4J_PROVISION_FAILED", "NOT_A_TEST_DATABASE", "INGEST_INVALID"] as const;

/** The read-only Cypher gate's refusals, each answered 403 with its own code. */
const REFUSAL_CODES = [
  "CYPHER_MULTIPLE_STATEMENTS",
  "CYPHER_LOAD_CSV_NOT_ALLOWED",
  "CYPHER_USE_NOT_ALLOWED",
  "CYPHER_ADMIN_NOT_ALLOWED",
  "CYPHER_IN_TRANSACTIONS_NOT_ALLOWED",
  "CYPHER_PROCEDURE_NOT_ALLOWED",
  "CYPHER_EXPLAIN_PROFILE_NOT_ALLOWED",
  "CYPHER_UNTERMINATED",
  "CYPHER_NOT_READ_ONLY",
  "CYPHER_CONTROL_CHARACTER",
  "CYPHER_FUNCTION_NOT_ALLOWED",
  "CYPHER_OPERATOR_NOT_ALLOWED",
  "CYPHER_PLAN_UNAVAILABLE",
] as const;

/** Raised by the client: no answer, an answer the shared schemas reject, a replaced request, checks before sending. */
const CLIENT_CODES = [
  "API_UNREACHABLE",
  "INVALID_RESPONSE",
  "ABORTED",
  "TIMED_OUT",
  "QUERY_EMPTY",
  "QUERY_TOO_LONG",
  "PARAMS_INVALID",
  "PARAMS_MISSING",
] as const;

/** What the server answers as problem+json `code`. */
const PROBLEM_CODES = [
  // Input (400, 404, 413, 415).
  "VALIDATION_FAILED",
  "MALFORMED_JSON",
  "UNSUPPORTED_MEDIA_TYPE",
  "PAYLOAD_TOO_LARGE",
  "INPUT_LIMIT_EXCEEDED",
  "FORBIDDEN_KEY",
  "NOT_FOUND",
  // Access (401, 403, 429).
  "UNAUTHORIZED",
  "HOST_NOT_ALLOWED",
  "ORIGIN_NOT_ALLOWED",
  "RATE_LIMITED",
  // Running a query or an export (400, 413, 422, 503, 504).
  "CYPHER_INVALID",
  "CYPHER_TIMEOUT",
  "CYPHER_ANSWER_TOO_LARGE",
  "CYPHER_BUSY",
  "QUERY_TERMINATED",
  "EXPORT_TOO_LARGE",
  "EXPORT_EMPTY",
  // The source workbench's writes (400, 404, 409, 413, 422).
  "IDEMPOTENCY_KEY_REQUIRED",
  "IDEMPOTENCY_KEY_REUSED",
  "DRAFT_CONFLICT",
  "DRAFT_ALREADY_COMMITTED",
  "COMMIT_IN_PROGRESS",
  "COMMIT_INVALID",
  "SOURCE_ID_TAKEN",
  "SOURCE_NOT_WORKBENCH",
  "DOCUMENT_TOO_LARGE",
  "DOCUMENT_UNREADABLE",
  // Neo4j itself (403, 409, 500, 503).
  "NEO4J_UNAVAILABLE",
  "NEO4J_OUT_OF_MEMORY",
  "NEO4J_BUSY",
  "NEO4J_FORBIDDEN",
  "CONSTRAINT_VIOLATION",
  "NEO4J_ERROR",
  // The server (500, or an NDJSON stream's error line).
  "STREAM_FAILED",
  "INTERNAL_ERROR",
  ...REFUSAL_CODES,
] as const;

/**
 * The one list of error codes. The server answers the problem codes as problem+json `code`; the process codes end a
 * CLI or a start with a message; the client codes are raised by the browser itself; CYPHER_REFUSED is the gate's
 * error family inside the server, answered with one of the refusal codes. UIs decide by code, never by text.
 */
export const ErrorCode = z.enum([...PROCESS_CODES, ...PROBLEM_CODES, "CYPHER_REFUSED", ...CLIENT_CODES]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const CypherRefusalCode = z.enum(REFUSAL_CODES);
export type CypherRefusalCode = z.infer<typeof CypherRefusalCode>;

/** Codes the server may send as problem+json `code` (not the process's, nor the client's own). */
export const ProblemCode = z.enum(PROBLEM_CODES);
export type ProblemCode = z.infer<typeof ProblemCode>;

/** Where a bad input was found. */
export const ProblemLocation = z.enum(["body", "query", "header", "params"]);
export type ProblemLocation = z.infer<typeof ProblemLocation>;

/** RFC 9457 problem details, with the project's stable error code. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: ProblemCode.meta({ description: "Stable machine-readable error code, e.g. VALIDATION_FAILED." }),
    detail: z.string().optional(),
    requestId: z.string().optional(),
    issues: z
      .array(z.object({ path: z.array(z.union([z.string(), z.number()])), location: z.string(), message: z.string() }))
      .optional(),
    line: z.number().int().optional().meta({ description: "CYPHER_INVALID: the line of the query (1-based)." }),
    column: z.number().int().optional().meta({ description: "CYPHER_INVALID: the column (1-based)." }),
  })
  .meta({ id: "Problem" });
export type Problem = z.infer<typeof Problem>;
