// An AbortSignal that fires when the client goes away before the response is finished.
import type { Request, Response } from "express";

export function abortOnClose(_req: Request, res: Response): AbortSignal {
  const controller = new AbortController();
  // A request's own "close" fires once its body is read; the response's fires when the connection ends.
  res.once("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}
