import type { CommitStatus } from "@domain/contracts/workbench";
import { describe, expect, it } from "vitest";
import {
  backoff,
  describeCommitResult,
  MAX_COMMIT_ATTEMPTS,
  newCommitKey,
  nextCommitAction,
  outcomeOfError,
} from "./commit";

const status = (state: CommitStatus["state"], error?: CommitStatus["error"]): CommitStatus => ({
  key: "k-00000001",
  draftId: "d-0123456789abcdef",
  revision: 3,
  sourceId: "src",
  state,
  startedAt: "2026-11-30T10:00:00.000Z",
  ...(error ? { error } : {}),
});

describe("how a failed request reads", () => {
  it("should take a refusal as a refusal: conflicts, invalid drafts, bad keys", () => {
    expect(outcomeOfError({ code: "COMMIT_INVALID", status: 422, message: "m" })).toEqual({
      kind: "refused",
      code: "COMMIT_INVALID",
      message: "m",
    });
    expect(outcomeOfError({ code: "DRAFT_CONFLICT", status: 409, message: "m" }).kind).toBe("refused");
    expect(outcomeOfError({ code: "VALIDATION_FAILED", status: 400, message: "m" }).kind).toBe("refused");
  });

  it("should take a timeout, an unreachable server, a 502, 503 or 504 as no answer", () => {
    for (const e of [
      { code: "TIMED_OUT", status: null },
      { code: "API_UNREACHABLE", status: null },
      { code: "NEO4J_UNAVAILABLE", status: 503 },
      { code: "API_UNREACHABLE", status: 502 },
      { code: "API_UNREACHABLE", status: 504 },
    ]) {
      expect(outcomeOfError({ ...e, message: "m" }).kind).toBe("no-answer");
    }
  });

  it("should take a 404 to the status question as a key the server never saw", () => {
    expect(outcomeOfError({ code: "NOT_FOUND", status: 404, message: "m" })).toEqual({ kind: "unknown-key" });
  });
});

describe("the next step of a commit", () => {
  it("should fail at once, writing nothing more, when the server refused the commit", () => {
    expect(nextCommitAction({ kind: "refused", code: "DRAFT_CONFLICT", message: "changed" }, 1)).toEqual({
      do: "fail",
      code: "DRAFT_CONFLICT",
      message: "changed",
    });
  });

  it("should ask the status, never send again, when a send got no answer", () => {
    expect(nextCommitAction({ kind: "no-answer", message: "timeout" }, 1)).toEqual({ do: "ask-status", delayMs: 500 });
  });

  it("should send again with the same key only when the server never saw the key", () => {
    expect(nextCommitAction({ kind: "unknown-key" }, 2)).toEqual({ do: "send", delayMs: 1000 });
  });

  it("should end when the status says committed, and keep asking while it runs", () => {
    const done = status("committed");
    expect(nextCommitAction({ kind: "status", status: done }, 1)).toEqual({ do: "done", status: done });
    expect(nextCommitAction({ kind: "status", status: status("running") }, 3)).toEqual({
      do: "ask-status",
      delayMs: 2000,
    });
  });

  it("should end with the reason when the status says failed (nothing was written)", () => {
    const failed = status("failed", { code: "NEO4J_UNAVAILABLE", detail: "Neo4j is unreachable" });
    expect(nextCommitAction({ kind: "status", status: failed }, 2)).toEqual({
      do: "fail",
      code: "NEO4J_UNAVAILABLE",
      message: "Neo4j is unreachable (nothing was written)",
    });
  });

  it("should stall after its attempts, for the researcher to retry with the same key", () => {
    for (const outcome of [
      { kind: "no-answer", message: "m" } as const,
      { kind: "unknown-key" } as const,
      { kind: "status", status: status("running") } as const,
    ]) {
      expect(nextCommitAction(outcome, MAX_COMMIT_ATTEMPTS).do).toBe("stall");
    }
  });

  it("should wait longer after each attempt, up to five seconds", () => {
    expect([1, 2, 3, 4, 5, 9].map(backoff)).toEqual([500, 1000, 2000, 4000, 5000, 5000]);
  });

  it("should make keys the server accepts (8 to 128 letters, digits, - or _)", () => {
    const key = newCommitKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{8,128}$/);
    expect(newCommitKey()).not.toBe(key);
  });
});

describe("describeCommitResult", () => {
  it("should say one node and one relationship in the singular, and any other count in the plural", () => {
    expect(describeCommitResult({ nodesCreated: 1, relationshipsCreated: 1 })).toBe(
      "1 node and 1 relationship created",
    );
    expect(describeCommitResult({ nodesCreated: 0, relationshipsCreated: 9 })).toBe(
      "0 nodes and 9 relationships created",
    );
  });
});
