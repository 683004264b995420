// The Cypher workers' own typed errors: an answer too large to decode within a worker's heap (413), no free worker (503).
import { KgError } from "../errors";

export class CypherAnswerTooLargeError extends KgError {
  /** The heap cap the worker ran out of, in MB (KG_CYPHER_WORKER_HEAP_MB). */
  readonly heapMb: number;
  constructor(heapMb: number) {
    super(
      "CYPHER_ANSWER_TOO_LARGE",
      `The query's answer needed more than the ${heapMb} MB of memory a query may use to receive and decode it ` +
        "(KG_CYPHER_WORKER_HEAP_MB); return less per row: aggregate, slice long lists, or add a LIMIT.",
    );
    this.heapMb = heapMb;
  }
}

export class CypherBusyError extends KgError {
  constructor(reason: string) {
    super("CYPHER_BUSY", reason);
  }
}

/** A worker that died of something else than its heap cap (a bug, not the query's fault): answered 500. */
export class CypherWorkerExitedError extends Error {
  constructor(detail: string, options?: { cause?: unknown }) {
    super(`A Cypher worker stopped before answering: ${detail}`, options);
    this.name = "CypherWorkerExitedError";
  }
}
