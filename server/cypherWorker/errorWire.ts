// Errors as data across the worker boundary, and rebuilt on the HTTP side with the class and code the answer depends on.
import { Neo4jError } from "neo4j-driver";
import { z } from "zod";
import { CypherInvalidError, CypherRefusedError, CypherTimeoutError } from "../cypherGate/errors";
import type { CypherRefusalCode } from "../cypherGate/rules";
import { type ErrorCode, KgError } from "../errors";

/**
 * One kind per way the error handler answers: structured clone keeps an Error's message but not its class nor fields
 * such as `code`, `refusal` or `line`, so each is sent as plain data. `kg` covers every other KgError (answered by
 * its code alone, e.g. 413 EXPORT_TOO_LARGE); `other` is anything else (answered 500, logged with the worker's stack).
 */
export const WireError = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("refused"),
    refusal: z.custom<CypherRefusalCode>((v) => typeof v === "string"),
    reason: z.string(),
  }),
  z.object({
    kind: z.literal("invalid"),
    message: z.string(),
    neo4jCode: z.string(),
    line: z.number().int().optional(),
    column: z.number().int().optional(),
  }),
  z.object({ kind: z.literal("timeout"), timeoutMs: z.number() }),
  z.object({
    kind: z.literal("kg"),
    code: z.custom<ErrorCode>((v) => typeof v === "string"),
    name: z.string(),
    message: z.string(),
  }),
  z.object({
    kind: z.literal("neo4j"),
    code: z.string(),
    message: z.string(),
    gqlStatus: z.string(),
    gqlStatusDescription: z.string(),
  }),
  z.object({ kind: z.literal("other"), name: z.string(), message: z.string(), stack: z.string().optional() }),
]);
export type WireError = z.infer<typeof WireError>;

/** Pure: the data that rebuilds `error` on the other side (rebuildError). Never throws. */
export function serialiseError(error: unknown): WireError {
  if (error instanceof CypherRefusedError) return { kind: "refused", refusal: error.refusal, reason: error.message };
  if (error instanceof CypherInvalidError) {
    return {
      kind: "invalid",
      message: error.message,
      neo4jCode: error.neo4jCode,
      ...(error.line !== undefined ? { line: error.line } : {}),
      ...(error.column !== undefined ? { column: error.column } : {}),
    };
  }
  if (error instanceof CypherTimeoutError) return { kind: "timeout", timeoutMs: error.timeoutMs };
  if (error instanceof KgError) return { kind: "kg", code: error.code, name: error.name, message: error.message };
  if (error instanceof Neo4jError) {
    return {
      kind: "neo4j",
      code: error.code,
      message: error.message,
      gqlStatus: error.gqlStatus,
      gqlStatusDescription: error.gqlStatusDescription,
    };
  }
  if (error instanceof Error) {
    return { kind: "other", name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  }
  return { kind: "other", name: "NonError", message: String(error) };
}

/**
 * Pure: the error `wire` describes, of the class the error handler maps: CypherRefusedError (403 and its refusal
 * code), CypherInvalidError (400 with line and column), CypherTimeoutError (504), Neo4jError (by its Neo4j code: 503
 * NEO4J_UNAVAILABLE, NEO4J_OUT_OF_MEMORY, …), a KgError with the same code, name and message, or a plain Error.
 */
export function rebuildError(wire: WireError): Error {
  switch (wire.kind) {
    case "refused":
      return new CypherRefusedError({ code: wire.refusal, reason: wire.reason });
    case "invalid":
      return new CypherInvalidError(
        wire.message,
        wire.neo4jCode,
        wire.line !== undefined && wire.column !== undefined ? { line: wire.line, column: wire.column } : undefined,
      );
    case "timeout":
      return new CypherTimeoutError(wire.timeoutMs);
    case "kg": {
      const error = new KgError(wire.code, wire.message);
      error.name = wire.name;
      return error;
    }
    case "neo4j":
      return new Neo4jError(wire.message, wire.code, wire.gqlStatus, wire.gqlStatusDescription);
    case "other": {
      const error = new Error(wire.message);
      error.name = wire.name;
      if (wire.stack) error.stack = wire.stack;
      return error;
    }
  }
}
