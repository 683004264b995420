// Answers 503 at once while the liveness probe says Neo4j is not answering, and cuts requests short when it stops.
import type { RequestHandler, Response } from "express";
import { KgError } from "../errors";
import type { Liveness } from "../neo4j/liveness";
import { isAnswering, type LivenessState } from "../neo4j/livenessState";
import { answerFor } from "./errorHandler";
import { sendProblem } from "./problem";

/** Paths under /api (as the router sees them) whose GET never touches Neo4j; /health answers from the probe itself. */
export const PATHS_WITHOUT_NEO4J: ReadonlySet<string> = new Set(["/openapi.json", "/queries", "/layout", "/health"]);

/** Pure: whether a request under /api needs Neo4j, so the gate holds it while the database is not answering. */
export function needsNeo4j(method: string, path: string): boolean {
  const reading = method === "GET" || method === "HEAD";
  return !(reading && PATHS_WITHOUT_NEO4J.has(path.replace(/\/+$/, "") || "/"));
}

const signals = new WeakMap<Response, AbortSignal>();

/** Aborted when the gate answered this request because Neo4j stopped answering; undefined outside the gate. */
export function gateSignalOf(res: Response): AbortSignal | undefined {
  return signals.get(res);
}

function unavailable(state: LivenessState): KgError {
  return new KgError("NEO4J_UNAVAILABLE", `Neo4j is ${state.status} (liveness probe: ${state.error ?? "no error"}).`);
}

/**
 * While `liveness` says Neo4j is not answering, every request that needs it gets the error handler's 503
 * NEO4J_UNAVAILABLE problem (with Retry-After) at once. A request let through is answered the same way the moment the
 * probe reports Neo4j frozen or unreachable, and its gate signal aborts, so streaming routes close their sessions; a
 * response already under way is cut short (its connection destroyed), as for any failure midway.
 */
export function neo4jGate(liveness: Liveness): RequestHandler {
  return (req, res, next) => {
    if (!needsNeo4j(req.method, req.path)) return next();
    const now = liveness.current();
    if (!isAnswering(now)) {
      sendProblem(res, answerFor(unavailable(now)));
      return;
    }
    const controller = new AbortController();
    signals.set(res, controller.signal);
    const stopListening = liveness.onChange((state) => {
      if (isAnswering(state) || res.writableEnded) return;
      stopListening();
      // A route that settles after this must not crash the process by writing to an answered response.
      res.on("error", () => {});
      controller.abort(unavailable(state));
      if (res.headersSent) res.destroy();
      else sendProblem(res, answerFor(unavailable(state)));
    });
    res.once("close", stopListening);
    next();
  };
}
