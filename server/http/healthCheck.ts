// What GET /api/health says: the probe's verdict while Neo4j is not answering, else one round trip within a deadline.
import type { HealthResponse } from "@domain/contracts/health";
import { DeadlineError, withDeadline } from "../neo4j/deadline";
import { whenNotAnswering } from "../neo4j/liveness";
import { isAnswering, livenessOnWire } from "../neo4j/livenessState";
import { neo4jCode } from "../neo4j/retryPolicy";
import { type DatabaseInfo, readDatabaseInfo } from "../repositories/health";
import type { AppContext } from "./context";

export interface HealthAnswer {
  httpStatus: 200 | 503;
  /** The full answer; callers without the API token send only `status` and `neo4j.reachable`. */
  body: HealthResponse;
}

/** The last successful read, served (with its time) while Neo4j is not answering. */
interface Known extends DatabaseInfo {
  countedAt: string;
}

/**
 * The share of the ping timeout health's own read may take (0.8 s by default), so health answers within a second even
 * in the moment before the probe notices a freeze (the rest is left for the HTTP round trip).
 */
export const HEALTH_READ_SHARE = 0.4;

/**
 * Only the probe decides whether Neo4j answers. While it says frozen or unreachable the answer comes from it at once,
 * with the last counts read. While it says alive, version and counts are read, racing the probe's next "not answering"
 * and a deadline of half the ping timeout (ms): a read that misses that deadline (a busy but answering server) gives
 * `ok` with the last counts and their `countedAt`, never `degraded`, so a slow machine cannot report an outage. A read
 * that fails (the driver's own error) is `degraded`. Without a probe (apps built in tests) the read is awaited with
 * the driver's own timeouts. Never rejects.
 */
function createHealthCheck(ctx: AppContext): () => Promise<HealthAnswer> {
  let known: Known | undefined;
  const pingTimeoutMs = ctx.liveness?.settings.timeoutMs ?? ctx.env.KG_NEO4J_PING_TIMEOUT_MS;
  const timeoutMs = Math.round(pingTimeoutMs * HEALTH_READ_SHARE);
  const base = { route: ctx.connection.route, uri: ctx.connection.uri };
  const probe = () => {
    const state = ctx.liveness?.current();
    return state ? { liveness: livenessOnWire(state) } : {};
  };
  const degraded = (error: string): HealthAnswer => ({
    httpStatus: 503,
    body: { status: "degraded", neo4j: { reachable: false, ...base, ...known, error, ...probe() } },
  });

  return async () => {
    const state = ctx.liveness?.current();
    if (state && !isAnswering(state)) return degraded(state.error ?? "NEO4J_UNAVAILABLE");
    const freeze = ctx.liveness ? whenNotAnswering(ctx.liveness) : undefined;
    const read = readDatabaseInfo(ctx.db);
    // Left behind when the deadline or the probe wins; its late failure must not be an unhandled rejection.
    read.catch(() => undefined);
    try {
      const stopped = freeze?.promise.then((s) =>
        Promise.reject(Object.assign(new Error(s.status), { code: s.error })),
      );
      const raced = stopped ? Promise.race([read, stopped]) : read;
      const info = ctx.liveness ? await withDeadline(raced, timeoutMs) : await raced;
      known = { ...info, countedAt: new Date().toISOString() };
      const { countedAt: _, ...fresh } = known;
      return { httpStatus: 200, body: { status: "ok", neo4j: { reachable: true, ...base, ...fresh, ...probe() } } };
    } catch (error) {
      if (error instanceof DeadlineError) {
        // The probe still says alive: the server is slow, not gone. Answer with what was last counted.
        return { httpStatus: 200, body: { status: "ok", neo4j: { reachable: true, ...base, ...known, ...probe() } } };
      }
      return degraded(neo4jCode(error) ?? "NEO4J_UNAVAILABLE");
    } finally {
      freeze?.cancel();
    }
  };
}

const checks = new WeakMap<AppContext, () => Promise<HealthAnswer>>();

/** The app's one health check (it keeps the last counts read), made on first use. */
export function healthCheckOf(ctx: AppContext): () => Promise<HealthAnswer> {
  let check = checks.get(ctx);
  if (check === undefined) {
    check = createHealthCheck(ctx);
    checks.set(ctx, check);
  }
  return check;
}
