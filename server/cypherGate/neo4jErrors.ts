// Turns a Neo4j error on a researcher's query into the gate's typed errors, from the one classifier's verdict.
import { classifyNeo4jError } from "../neo4j/errors";
import { CypherInvalidError, CypherRefusedError, CypherTimeoutError } from "./errors";

/** A write Neo4j refused inside the READ transaction: the gate's last line held. */
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

/**
 * Neo4j's message with its position trailer naming the researcher's own line and column (the one the editor marks),
 * not the line of the query the gate sent (which had EXPLAIN before it); the offset is left out, being off by as much.
 */
export function positionRewritten(message: string, position: { line: number; column: number } | undefined): string {
  if (!position) return message;
  return message.replace(
    /\(line \d+, column \d+ \(offset: \d+\)\)/,
    `(line ${position.line}, column ${position.column})`,
  );
}

/**
 * The gate's typed error for a Neo4j error on a researcher's query, decided by `classifyNeo4jError` (by code, never
 * by text; only the position is read from the text): a timeout is CypherTimeoutError (504), a write refused in the
 * READ transaction CypherRefusedError (403), a query Neo4j rejects CypherInvalidError (400, with line and column
 * minus `lineOffset`). Anything else (outages, out of memory) is returned unchanged, for the error handler to classify.
 */
export function toGateError(error: unknown, timeoutMs: number, lineOffset = 0): unknown {
  const verdict = classifyNeo4jError(error);
  if (!verdict) return error;
  const message = (error as Error).message;
  if (verdict.kind === "timeout") return new CypherTimeoutError(timeoutMs);
  if (WRITE_IN_READ.has(verdict.neo4jCode)) {
    return new CypherRefusedError({
      code: "CYPHER_NOT_READ_ONLY",
      reason: `Neo4j refused the query in a read-only transaction: ${cleanMessage(message)}`,
    });
  }
  if (verdict.kind === "invalid-query") {
    const position = parsePosition(message, lineOffset);
    return new CypherInvalidError(positionRewritten(cleanMessage(message), position), verdict.neo4jCode, position);
  }
  return error;
}
