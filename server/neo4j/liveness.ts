// The Neo4j liveness probe: a trivial query every interval, over its own one-connection driver, with its own deadline.
import { type Driver, routing } from "neo4j-driver";
import type { Neo4jConnection } from "./connection";
import { cypher } from "./cypherFiles";
import { deadline } from "./deadline";
import { createDriver } from "./driver";
import {
  abandonAfter,
  getInitialLivenessState,
  isAnswering,
  type LivenessState,
  type PingOutcome,
  pinged,
  tickStep,
} from "./livenessState";
import { neo4jCode } from "./retryPolicy";

export interface LivenessSettings {
  /** Time between pings, in ms. */
  intervalMs: number;
  /** A ping unanswered for this many ms marks Neo4j frozen (it stays so until a ping answers), in ms. */
  timeoutMs: number;
  /** A ping unanswered for this many ms is given up with its driver; the next ping opens a fresh connection. In ms. */
  abandonAfterMs: number;
  /** Each ping given up in a row doubles the wait before the next is given up, up to this many ms. */
  maxAbandonAfterMs: number;
}

export const DEFAULT_LIVENESS_SETTINGS: LivenessSettings = {
  intervalMs: 1000,
  timeoutMs: 2000,
  abandonAfterMs: 10_000,
  maxAbandonAfterMs: 120_000,
};

export type LivenessListener = (state: LivenessState, previous: LivenessState) => void;

export interface Liveness {
  readonly settings: LivenessSettings;
  /** The last result: alive, frozen or unreachable, since when, the last latency. Never waits. */
  current(): LivenessState;
  /** Called on every change of status (not on every ping); returns the unsubscribe function. */
  onChange(listener: LivenessListener): () => void;
  /** Pings at once, then every `intervalMs`. Idempotent. */
  start(): void;
  /** Stops pinging and closes the probe's driver. Never rejects. */
  stop(): Promise<void>;
}

interface Attempt {
  startedAt: number;
  driver: Driver;
}

/**
 * A probe of `connection` with its own driver (pool of one), so the main pool's stuck connections cannot starve it and
 * a legitimate long query never looks like a freeze: only the trivial `health/ping` query has the short deadline.
 * Only the newest ping's outcome counts; a late answer to it still counts (that is how a resumed server is seen at
 * once). Settings not given come from DEFAULT_LIVENESS_SETTINGS. Throws nothing: a failing Neo4j is a state here.
 */
export function createLiveness(connection: Neo4jConnection, settings: Partial<LivenessSettings> = {}): Liveness {
  const resolved: LivenessSettings = { ...DEFAULT_LIVENESS_SETTINGS, ...settings };
  const listeners = new Set<LivenessListener>();
  // A refused or unroutable connection fails within the ping timeout (unreachable). A Bolt handshake that hangs, as
  // with a stopped server whose kernel still accepts TCP, is left to the deadline (frozen): the pool must not give up
  // on it first, so its acquisition timeout is the longest abandon time, after which the attempt no longer counts.
  const newDriver = () =>
    createDriver(connection, {
      maxConnectionPoolSize: 1,
      acquisitionTimeoutMs: resolved.maxAbandonAfterMs,
      connectionTimeoutMs: resolved.timeoutMs,
      maxTransactionRetryTimeMs: 0,
    });
  let state = getInitialLivenessState(Date.now());
  let driver: Driver | undefined;
  let latest: Attempt | undefined;
  let outstanding: Attempt | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  /** Pings given up in a row; any outcome of the newest ping resets it. */
  let abandons = 0;

  const apply = (attempt: Attempt, outcome: PingOutcome) => {
    if (stopped || attempt !== latest) return;
    const previous = state;
    state = pinged(outcome, Date.now())(state);
    if (state.status === previous.status) return;
    for (const listener of listeners) {
      try {
        listener(state, previous);
      } catch {
        // A listener's failure is its own; the others still hear of the change.
      }
    }
  };

  const retire = (old: Driver) => {
    old.close().catch(() => {});
  };

  const ping = () => {
    driver ??= newDriver();
    const attempt: Attempt = { startedAt: Date.now(), driver };
    const started = performance.now();
    latest = attempt;
    outstanding = attempt;
    // Judged after the poll phase (deadline.ts): an answer already read wins over a timer the thread delayed.
    const verdict = deadline(resolved.timeoutMs, () => apply(attempt, { kind: "missed" }));
    const database = connection.database;
    attempt.driver
      .executeQuery(cypher("health/ping"), {}, { routing: routing.READ, ...(database ? { database } : {}) })
      .then(
        () => ({ kind: "answered", latencyMs: performance.now() - started }) as const,
        (error: unknown) => ({ kind: "failed", error: neo4jCode(error) ?? "NEO4J_UNAVAILABLE" }) as const,
      )
      .then((outcome) => {
        verdict.settle();
        if (outstanding === attempt) outstanding = undefined;
        if (attempt === latest) abandons = 0;
        apply(attempt, outcome);
      });
  };

  const tick = () => {
    if (stopped) return;
    const patience = abandonAfter(abandons, resolved.abandonAfterMs, resolved.maxAbandonAfterMs);
    const step = tickStep(outstanding?.startedAt, Date.now(), patience);
    if (step === "wait") return;
    if (step === "abandon" && outstanding) {
      abandons += 1;
      // Its connection may be dead without a FIN; a fresh driver lets the next ping find out for itself.
      if (driver === outstanding.driver) driver = undefined;
      retire(outstanding.driver);
      outstanding = undefined;
    }
    ping();
  };

  return {
    settings: resolved,
    current: () => state,
    onChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    start() {
      if (timer || stopped) return;
      timer = setInterval(tick, resolved.intervalMs);
      timer.unref();
      tick();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      listeners.clear();
      const last = driver;
      driver = undefined;
      if (last) await last.close().catch(() => {});
    },
  };
}

/** Resolves when `liveness` reports Neo4j not answering; `cancel` stops listening. For racing work against a freeze. */
export function whenNotAnswering(liveness: Liveness): { promise: Promise<LivenessState>; cancel(): void } {
  let cancel = () => {};
  const promise = new Promise<LivenessState>((resolve) => {
    if (!isAnswering(liveness.current())) {
      resolve(liveness.current());
      return;
    }
    cancel = liveness.onChange((state) => {
      if (isAnswering(state)) return;
      cancel();
      resolve(state);
    });
  });
  return { promise, cancel: () => cancel() };
}
