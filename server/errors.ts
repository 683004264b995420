// The project's typed error family: each error has a stable code that HTTP and CLIs map to answers.
import type { ErrorCode } from "@domain/contracts/problem";

export type { ErrorCode };

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
