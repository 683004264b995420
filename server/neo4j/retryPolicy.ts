// Which Neo4j errors the driver may retry: out-of-memory and terminated transactions never are, so no retry storm.
import { type EagerResult, type RecordShape, type Result, resultTransformers } from "neo4j-driver";

/**
 * Transient by name, but retrying them only repeats the damage: the same query runs out of memory again, and a
 * transaction stopped by its timeout or by an operator must stay stopped. The driver retries every code containing
 * "TransientError" (neo4j-driver-core `_isRetryableCode`), so these are taken out of its hands.
 */
export const OUT_OF_MEMORY_CODE = /^Neo\.TransientError\.General\.\w*(OutOfMemory|MemoryLimit|StackOverFlow)/;

export const STOPPED_TRANSACTION_CODES: ReadonlySet<string> = new Set([
  "Neo.TransientError.Transaction.Terminated",
  "Neo.TransientError.Transaction.LockClientStopped",
  "Neo.TransientError.Transaction.TransactionTimedOut",
]);

export function isNeverRetriedCode(code: string): boolean {
  return OUT_OF_MEMORY_CODE.test(code) || STOPPED_TRANSACTION_CODES.has(code);
}

/** The Neo4j status code of an error, when it has one. */
export function neo4jCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

export function isNeverRetried(error: unknown): boolean {
  const code = neo4jCode(error);
  return code !== undefined && isNeverRetriedCode(code);
}

/** Mark an error so the driver's transaction executor gives up at once (it checks `error.retryable`). */
function stopRetries(error: unknown): unknown {
  if (isNeverRetried(error) && typeof error === "object" && error !== null) {
    Object.assign(error, { retryable: false, retriable: false });
  }
  return error;
}

/** Wraps a result transformer so never-retried errors leave executeQuery on the first attempt. */
export function withoutRetryStorm<T, R extends RecordShape = RecordShape>(
  transform: (result: Result<R>) => Promise<T>,
): (result: Result<R>) => Promise<T> {
  return async (result) => {
    try {
      return await transform(result);
    } catch (error) {
      throw stopRetries(error);
    }
  };
}

/** The driver's eager transformer, made storm-safe: what db.read and db.write use. */
export function eagerWithoutRetryStorm<R extends RecordShape = RecordShape>(): (
  result: Result<R>,
) => Promise<EagerResult<R>> {
  return withoutRetryStorm(resultTransformers.eagerResultTransformer<R>());
}
