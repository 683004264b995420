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

/** An issue of a refused input: where (a JSON path or a header) and why. */
export interface ProblemIssue {
  path: Array<string | number>;
  location: "body" | "query" | "header" | "params";
  message: string;
}

/** A refusal that knows its own HTTP answer: status, title and the issues naming each field and reason. */
export class ProblemError extends KgError {
  readonly status: number;
  readonly title: string;
  readonly issues: ProblemIssue[] | undefined;
  constructor(
    code: ErrorCode,
    status: number,
    title: string,
    detail: string,
    options?: { issues?: ProblemIssue[]; cause?: unknown },
  ) {
    super(code, detail, options);
    this.status = status;
    this.title = title;
    this.issues = options?.issues;
  }
}
