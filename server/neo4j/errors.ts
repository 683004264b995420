// Pure classification of Neo4j driver errors into HTTP answers: outages and out-of-memory become 503, never a storm.
import type { ProblemCode } from "@domain/contracts/problem";
import { Neo4jError } from "neo4j-driver";
import { neo4jCode, OUT_OF_MEMORY_CODE } from "./retryPolicy";

export type Neo4jErrorKind =
  | "unavailable"
  | "out-of-memory"
  | "timeout"
  | "terminated"
  | "busy"
  | "forbidden"
  | "invalid-query"
  | "conflict"
  | "internal";

export interface Neo4jErrorClass {
  kind: Neo4jErrorKind;
  status: 400 | 403 | 409 | 500 | 503 | 504;
  /** Stable API error code (problem+json `code`). */
  code: ProblemCode;
  title: string;
  /** Seconds for a `Retry-After` header, when waiting is the cure. */
  retryAfterSeconds?: number;
  /** Whether the driver may retry it; false means fail on the first attempt. */
  retryable: boolean;
  /** Whether Neo4j's own message helps the caller (their query's fault) and reveals nothing about the server. */
  exposeMessage: boolean;
  neo4jCode: string;
}

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.TransientError.Database.DatabaseUnavailable",
  "Neo.ClientError.Database.DatabaseNotFound",
  // The app's own credentials failing is the operator's problem, not the caller's: report it as an outage.
  "Neo.ClientError.Security.Unauthorized",
  "Neo.ClientError.Security.AuthenticationRateLimit",
  "Neo.ClientError.Security.CredentialsExpired",
]);

const TIMEOUT_CODES = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.TransientError.Transaction.TransactionTimedOut",
]);

const TERMINATED_CODES = new Set([
  "Neo.ClientError.Transaction.Terminated",
  "Neo.TransientError.Transaction.Terminated",
  "Neo.TransientError.Transaction.LockClientStopped",
]);

/** The pool's acquisition timeout carries no code ("N/A"); its message is the only thing that tells it apart. */
function isAcquisitionTimeout(error: Neo4jError): boolean {
  return error.code === "N/A" && error.message.startsWith("Connection acquisition timed out");
}

/** How an error from the Neo4j driver should be answered, or undefined when it is not a Neo4j error. */
export function classifyNeo4jError(error: unknown): Neo4jErrorClass | undefined {
  if (!(error instanceof Neo4jError)) return undefined;
  const code = neo4jCode(error) ?? "N/A";
  const base = { neo4jCode: code };
  if (UNAVAILABLE_CODES.has(code) || isAcquisitionTimeout(error)) {
    return {
      ...base,
      kind: "unavailable",
      status: 503,
      code: "NEO4J_UNAVAILABLE",
      title: "The graph database is unavailable",
      retryAfterSeconds: 5,
      retryable: code === "ServiceUnavailable" || code === "SessionExpired",
      exposeMessage: false,
    };
  }
  if (OUT_OF_MEMORY_CODE.test(code)) {
    return {
      ...base,
      kind: "out-of-memory",
      status: 503,
      code: "NEO4J_OUT_OF_MEMORY",
      title: "The graph database ran out of memory for this request",
      retryAfterSeconds: 30,
      retryable: false,
      exposeMessage: false,
    };
  }
  if (TIMEOUT_CODES.has(code)) {
    return {
      ...base,
      kind: "timeout",
      status: 504,
      code: "CYPHER_TIMEOUT",
      title: "The query did not finish within its time limit",
      retryable: false,
      exposeMessage: false,
    };
  }
  if (TERMINATED_CODES.has(code)) {
    return {
      ...base,
      kind: "terminated",
      status: 503,
      code: "QUERY_TERMINATED",
      title: "The query was stopped by the database",
      retryAfterSeconds: 5,
      retryable: false,
      exposeMessage: false,
    };
  }
  if (code.startsWith("Neo.TransientError.")) {
    return {
      ...base,
      kind: "busy",
      status: 503,
      code: "NEO4J_BUSY",
      title: "The graph database is busy",
      retryAfterSeconds: 1,
      retryable: true,
      exposeMessage: false,
    };
  }
  if (code.startsWith("Neo.ClientError.Security.")) {
    return {
      ...base,
      kind: "forbidden",
      status: 403,
      code: "NEO4J_FORBIDDEN",
      title: "The graph database refused this operation",
      retryable: false,
      exposeMessage: true,
    };
  }
  if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    return {
      ...base,
      kind: "conflict",
      status: 409,
      code: "CONSTRAINT_VIOLATION",
      title: "The change conflicts with a constraint",
      retryable: false,
      exposeMessage: true,
    };
  }
  if (/^Neo\.ClientError\.(Statement|Procedure|Request|Schema)\./.test(code)) {
    return {
      ...base,
      kind: "invalid-query",
      status: 400,
      code: "CYPHER_INVALID",
      title: "The graph database rejected the query",
      retryable: false,
      exposeMessage: true,
    };
  }
  return {
    ...base,
    kind: "internal",
    status: 500,
    code: "NEO4J_ERROR",
    title: "The graph database failed",
    retryable: false,
    exposeMessage: false,
  };
}
