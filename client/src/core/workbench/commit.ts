// Pure: the commit protocol. A commit is sent with an Idempotency-Key; when no answer comes (a timeout, the server
// unreachable, a 502/503/504), the client asks the commit's status by that key before doing anything else, and
// sends again only with the same key, so a retry never writes twice.
import type { CommitStatus } from "@domain/contracts/workbench";

/** How long a commit request may take before the client asks its status instead, in ms. */
export const COMMIT_TIMEOUT_MS = 30_000;
/** Requests (sends and status questions) one press of Commit makes before it stops and offers Retry. */
export const MAX_COMMIT_ATTEMPTS = 12;

/** What one request about a commit ended with. */
export type CommitOutcome =
  /** The server answered the commit's status (200 to the send or to the status question). */
  | { kind: "status"; status: CommitStatus }
  /** The server refused the commit itself (409 conflict, 422 invalid, 400): nothing was written. */
  | { kind: "refused"; code: string; message: string }
  /** No answer: the commit may or may not have been written. */
  | { kind: "no-answer"; message: string }
  /** The status question found no commit under the key: the send never reached the ingest. */
  | { kind: "unknown-key" };

export type CommitAction =
  | { do: "done"; status: CommitStatus }
  | { do: "send"; delayMs: number }
  | { do: "ask-status"; delayMs: number }
  | { do: "fail"; message: string; code?: string }
  | { do: "stall"; message: string };

/** An error of a request as the protocol sees it: a problem answered, or no answer at all. */
export function outcomeOfError(error: { code: string; status: number | null; message: string }): CommitOutcome {
  const noAnswer =
    error.status === null
      ? ["API_UNREACHABLE", "TIMED_OUT", "INVALID_RESPONSE"].includes(error.code)
      : error.status === 502 || error.status === 503 || error.status === 504 || error.status === 429;
  if (noAnswer) return { kind: "no-answer", message: error.message };
  if (error.status === 404 && error.code === "NOT_FOUND") return { kind: "unknown-key" };
  return { kind: "refused", code: error.code, message: error.message };
}

/** Wait before the next request: 0.5 s, 1 s, 2 s, 4 s, then 5 s. */
export const backoff = (attempt: number): number => Math.min(5000, 500 * 2 ** Math.max(0, attempt - 1));

const STALLED =
  "The server has not confirmed the commit. Nothing is lost: Retry asks again with the same key, so the draft is never written twice.";

/**
 * The next step after `outcome`, the `attempt`-th request for this key (counting from 1). A committed status ends;
 * a running one is asked again; a failed one ends with its reason (nothing was written). No answer leads to a status
 * question, and a key the server never saw to a send with the same key. After MAX_COMMIT_ATTEMPTS it stalls.
 */
export function nextCommitAction(outcome: CommitOutcome, attempt: number): CommitAction {
  if (outcome.kind === "status") {
    const { status } = outcome;
    if (status.state === "committed") return { do: "done", status };
    if (status.state === "failed") {
      const code = status.error?.code ?? "COMMIT_FAILED";
      const reason = status.error?.detail ?? "the commit failed";
      return { do: "fail", code, message: `${reason} (nothing was written)` };
    }
    // Running: another request (this one's retry, another tab) is writing it; ask until it ends.
    if (attempt >= MAX_COMMIT_ATTEMPTS) return { do: "stall", message: STALLED };
    return { do: "ask-status", delayMs: backoff(attempt) };
  }
  if (outcome.kind === "refused") return { do: "fail", code: outcome.code, message: outcome.message };
  if (attempt >= MAX_COMMIT_ATTEMPTS) return { do: "stall", message: STALLED };
  if (outcome.kind === "unknown-key") return { do: "send", delayMs: backoff(attempt) };
  return { do: "ask-status", delayMs: backoff(attempt) };
}

/** A new Idempotency-Key (a UUID: 36 letters, digits and "-"). */
export function newCommitKey(random: () => string = () => crypto.randomUUID()): string {
  return random();
}

/** What a commit wrote, for people: "1 node and 3 relationships created". */
export function describeCommitResult(result: { nodesCreated: number; relationshipsCreated: number }): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${count(result.nodesCreated, "node")} and ${count(result.relationshipsCreated, "relationship")} created`;
}
