// Pure state of the Neo4j liveness probe: what one ping's outcome does to the last known status.
import type { Liveness, LivenessStatus } from "@domain/contracts/health";

/** What the probe knows; times are epoch ms, so transitions need no clock of their own. */
export interface LivenessState {
  status: LivenessStatus;
  /** When this status began (epoch ms). */
  since: number;
  /** When the last ping ended or missed its deadline (epoch ms); null before the first one. */
  checkedAt: number | null;
  /** Round trip of the last ping that answered, in ms (a late answer counts with its real latency). */
  latencyMs: number | null;
  /** PING_TIMEOUT, or the code of the last failure; null while alive. */
  error: string | null;
}

/** How one ping ended: an answer (however late), a failure from the driver, or no answer by its deadline. */
export type PingOutcome =
  | { kind: "answered"; latencyMs: number }
  | { kind: "failed"; error: string }
  | { kind: "missed" };

export const PING_TIMEOUT = "PING_TIMEOUT";

/** Before the first ping the database is taken as alive: the app was started against it, and refusing every request
 * until the first answer would turn each start into a short outage. */
export function getInitialLivenessState(now: number): LivenessState {
  return { status: "alive", since: now, checkedAt: null, latencyMs: null, error: null };
}

const statusOf: Record<PingOutcome["kind"], LivenessStatus> = {
  answered: "alive",
  failed: "unreachable",
  missed: "frozen",
};

/** `pinged(outcome, now)(state)`: the state after a ping ended; `since` moves only when the status changes. */
export const pinged =
  (outcome: PingOutcome, now: number) =>
  (state: LivenessState): LivenessState => {
    const status = statusOf[outcome.kind];
    return {
      status,
      since: status === state.status ? state.since : now,
      checkedAt: now,
      latencyMs: outcome.kind === "answered" ? outcome.latencyMs : state.latencyMs,
      error: outcome.kind === "answered" ? null : outcome.kind === "missed" ? PING_TIMEOUT : outcome.error,
    };
  };

export function isAnswering(state: LivenessState): boolean {
  return state.status === "alive";
}

/** The wire form (GET /api/health): ISO times. */
export function livenessOnWire(state: LivenessState): Liveness {
  return {
    status: state.status,
    since: new Date(state.since).toISOString(),
    checkedAt: state.checkedAt === null ? null : new Date(state.checkedAt).toISOString(),
    latencyMs: state.latencyMs === null ? null : Math.round(state.latencyMs),
    error: state.error,
  };
}

/** What the probe does at a tick: ping, keep waiting for the ping still out, or give that one up and ping afresh. */
export type TickStep = "ping" | "wait" | "abandon";

/**
 * Only one ping is out at a time, so a frozen server never piles pings up. One unanswered for `abandonAfterMs` is given
 * up with its connection: a connection lost without a FIN would otherwise keep the probe waiting for the driver's
 * receive timeout (the server's `connection.recv_timeout_seconds` hint, 120 s on Neo4j 5.26).
 */
export function tickStep(outstandingSince: number | undefined, now: number, abandonAfterMs: number): TickStep {
  if (outstandingSince === undefined) return "ping";
  return now - outstandingSince >= abandonAfterMs ? "abandon" : "wait";
}

/**
 * How long (ms) the next ping may stay out before it is given up, after `abandons` pings in a row were: `firstMs`,
 * doubling each time, at most `maxMs`. An abandoned ping's socket to a stopped server stays open until the server
 * resumes (the driver cannot cancel a Bolt handshake), so a long freeze must not cost one socket per `firstMs`.
 */
export function abandonAfter(abandons: number, firstMs: number, maxMs: number): number {
  return Math.min(firstMs * 2 ** Math.min(abandons, 30), maxMs);
}
