// An AbortSignal that fires when the client goes away before the response is finished, or when the Neo4j gate
// answered the request because the database stopped answering (neo4jGate.ts).
import type { Request, Response } from "express";
import { gateSignalOf } from "./neo4jGate";

export function abortOnClose(_req: Request, res: Response): AbortSignal {
  const controller = new AbortController();
  // A request's own "close" fires once its body is read; the response's fires when the connection ends.
  res.once("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  const gate = gateSignalOf(res);
  return gate ? AbortSignal.any([controller.signal, gate]) : controller.signal;
}
