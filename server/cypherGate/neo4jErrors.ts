// Classifies a Neo4j error by its code (never by its text) into the gate's typed errors; the position comes from the text.
import { CypherInvalidError, CypherRefusedError, CypherTimeoutError } from "./errors";

const INVALID_QUERY = /^Neo\.ClientError\.(Statement|Procedure|Schema)\./;
const TIMED_OUT = /^Neo\.ClientError\.Transaction\.TransactionTimedOut/;
const WRITE_IN_READ = new Set(["Neo.ClientError.Statement.AccessMode", "Neo.ClientError.Security.Forbidden"]);

/** Neo4j writes "(line 3, column 7 (offset: 40))"; `lineOffset` undoes lines the gate prepended (EXPLAIN). */
export function parsePosition(message: string, lineOffset = 0): { line: number; column: number } | undefined {
  const m = /line (\d+), column (\d+)/.exec(message);
  if (!m) return undefined;
  return { line: Math.max(1, Number(m[1]) - lineOffset), column: Number(m[2]) };
}

/** Strips the positional trailer and the caret drawing Neo4j adds, keeping the explanation. */
export function cleanMessage(message: string): string {
  return message
    .split("\n")
    .filter((line) => !/^\s*"/.test(line) && !/^\s*\^\s*$/.test(line))
    .join("\n")
    .trim();
}

/** Returns the typed error for a Neo4j error the gate understands, or the error unchanged. */
export function classifyNeo4jError(error: unknown, timeoutMs: number, lineOffset = 0): unknown {
  const code = (error as { code?: unknown })?.code;
  const message = String((error as { message?: unknown })?.message ?? "");
  if (typeof code !== "string") return error;
  if (TIMED_OUT.test(code)) return new CypherTimeoutError(timeoutMs);
  if (WRITE_IN_READ.has(code)) {
    return new CypherRefusedError({
      code: "CYPHER_NOT_READ_ONLY",
      reason: `Neo4j refused the query in a read-only transaction: ${cleanMessage(message)}`,
    });
  }
  if (INVALID_QUERY.test(code))
    return new CypherInvalidError(cleanMessage(message), code, parsePosition(message, lineOffset));
  return error;
}
