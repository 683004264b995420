// The project's typed error family: each error has a stable code that HTTP and CLIs map to answers.
export type ErrorCode =
  | "CONFIG_INVALID"
  | "NEO4J_PROVISION_FAILED"
  | "NEO4J_UNAVAILABLE"
  | "NOT_A_TEST_DATABASE"
  | "VALIDATION_FAILED"
  | "NOT_FOUND"
  | "INGEST_INVALID"
  // The HTTP API and its read-only Cypher gate:
  | "CYPHER_REFUSED"
  | "CYPHER_INVALID"
  | "CYPHER_TIMEOUT"
  | "EXPORT_TOO_LARGE"
  // The worker threads that run a researcher's Cypher (server/cypherWorker/):
  | "CYPHER_ANSWER_TOO_LARGE"
  | "CYPHER_BUSY";

export class KgError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

export class ConfigError extends KgError {
  constructor(message: string) {
    super("CONFIG_INVALID", message);
  }
}

export class ProvisionError extends KgError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("NEO4J_PROVISION_FAILED", message, options);
  }
}

export class NotATestDatabaseError extends KgError {
  constructor(message: string) {
    super("NOT_A_TEST_DATABASE", message);
  }
}
