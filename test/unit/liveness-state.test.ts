// The liveness probe's pure state: what each ping outcome does, when to ping again, and the wire form.
import { describe, expect, it } from "vitest";
import {
  abandonAfter,
  getInitialLivenessState,
  isAnswering,
  type LivenessState,
  livenessOnWire,
  PING_TIMEOUT,
  pinged,
  tickStep,
} from "../../server/neo4j/livenessState";

const T0 = Date.UTC(2026, 10, 29, 12, 0, 0);
const alive = getInitialLivenessState(T0);

describe("pinged", () => {
  it("should mark Neo4j frozen when a ping misses its deadline, keeping the last latency", () => {
    const answered = pinged({ kind: "answered", latencyMs: 3 }, T0 + 1000)(alive);
    const missed = pinged({ kind: "missed" }, T0 + 3000)(answered);
    expect(missed).toEqual({
      status: "frozen",
      since: T0 + 3000,
      checkedAt: T0 + 3000,
      latencyMs: 3,
      error: PING_TIMEOUT,
    });
    expect(isAnswering(missed)).toBe(false);
  });

  it("should mark Neo4j unreachable when a ping fails, with the failure's code", () => {
    const failed = pinged({ kind: "failed", error: "ServiceUnavailable" }, T0 + 500)(alive);
    expect(failed).toMatchObject({ status: "unreachable", since: T0 + 500, error: "ServiceUnavailable" });
    expect(isAnswering(failed)).toBe(false);
  });

  it("should keep `since` while the status stays the same", () => {
    const first = pinged({ kind: "missed" }, T0 + 1000)(alive);
    const second = pinged({ kind: "missed" }, T0 + 2000)(first);
    expect(second.since).toBe(T0 + 1000);
    expect(second.checkedAt).toBe(T0 + 2000);
  });

  it("should move from frozen to unreachable when the next ping fails rather than hangs", () => {
    const frozen = pinged({ kind: "missed" }, T0 + 1000)(alive);
    expect(pinged({ kind: "failed", error: "N/A" }, T0 + 2000)(frozen)).toMatchObject({
      status: "unreachable",
      since: T0 + 2000,
    });
  });

  it("should come back alive on an answer, however late, with its real latency and no error", () => {
    const frozen = pinged({ kind: "missed" }, T0 + 1000)(alive);
    const back = pinged({ kind: "answered", latencyMs: 12_345 }, T0 + 12_500)(frozen);
    expect(back).toEqual({
      status: "alive",
      since: T0 + 12_500,
      checkedAt: T0 + 12_500,
      latencyMs: 12_345,
      error: null,
    });
  });

  it("should not change the state it was given", () => {
    const before: LivenessState = { ...alive };
    pinged({ kind: "missed" }, T0 + 1)(alive);
    expect(alive).toEqual(before);
  });

  it("should start alive, unchecked, with no latency", () => {
    expect(alive).toEqual({ status: "alive", since: T0, checkedAt: null, latencyMs: null, error: null });
  });
});

describe("tickStep", () => {
  it("should wait for a ping still out, and give it up only after abandonAfterMs", () => {
    expect(tickStep(T0, T0 + 999, 1000)).toBe("wait");
    expect(tickStep(T0, T0 + 1000, 1000)).toBe("abandon");
  });

  it("should ping when no ping is out", () => {
    expect(tickStep(undefined, T0, 1000)).toBe("ping");
  });
});

describe("abandonAfter", () => {
  it("should double the wait with each ping given up in a row, up to the cap", () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => abandonAfter(n, 10_000, 120_000))).toEqual([
      10_000, 20_000, 40_000, 80_000, 120_000, 120_000,
    ]);
  });

  it("should stay at the cap however long the freeze lasts", () => {
    expect(abandonAfter(10_000, 10_000, 120_000)).toBe(120_000);
  });
});

describe("livenessOnWire", () => {
  it("should send ISO times, a rounded latency and null for what is not known yet", () => {
    expect(livenessOnWire(alive)).toEqual({
      status: "alive",
      since: "2026-11-29T12:00:00.000Z",
      checkedAt: null,
      latencyMs: null,
      error: null,
    });
    const answered = pinged({ kind: "answered", latencyMs: 2.6 }, T0 + 1000)(alive);
    expect(livenessOnWire(answered)).toMatchObject({ checkedAt: "2026-11-29T12:00:01.000Z", latencyMs: 3 });
  });
});
