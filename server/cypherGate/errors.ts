// Typed errors of the Cypher gate: a refusal (403), a query Neo4j rejects (400) and a query that ran too long (504).
import { KgError } from "../errors";
import type { CypherRefusal, CypherRefusalCode } from "./refusal";

export class CypherRefusedError extends KgError {
  readonly refusal: CypherRefusalCode;
  constructor(refusal: CypherRefusal) {
    super("CYPHER_REFUSED", refusal.reason);
    this.refusal = refusal.code;
  }
}

export class CypherInvalidError extends KgError {
  readonly neo4jCode: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(message: string, neo4jCode: string, position?: { line: number; column: number }) {
    super("CYPHER_INVALID", message);
    this.neo4jCode = neo4jCode;
    this.line = position?.line;
    this.column = position?.column;
  }
}

export class CypherTimeoutError extends KgError {
  /** The limit the query ran past, in ms. */
  readonly timeoutMs: number;
  constructor(timeoutMs: number) {
    super("CYPHER_TIMEOUT", `The query ran longer than ${timeoutMs} ms and was stopped; narrow it or add a LIMIT.`);
    this.timeoutMs = timeoutMs;
  }
}
