// The overview stream as a message source that can start before anyone listens (the prefetch in main.tsx).

import { authHeaders } from "../../api/token";
import { apiUrl } from "../../api/url";
import { loadOverviewCounts, overviewLimit } from "./overview";
import type { StreamMessage } from "./types";
import { MAX_STREAMED_NODES } from "./utils";

export interface StreamSource {
  /** Hands the messages that arrived so far to `listener`, then each new one as it comes. */
  listen(listener: (message: StreamMessage) => void): void;
  close(): void;
}

/**
 * Sends the request for the whole overview at once, from the page (a worker would first have to load), and hands
 * the response body to the worker, which decodes and parses it. Messages wait in a queue until someone listens.
 */
export function openStreamSource(): StreamSource {
  performance.mark("kg:stream-open");
  const controller = new AbortController();
  const worker = new Worker(new URL("./stream.worker.ts", import.meta.url), { type: "module" });
  const queued: StreamMessage[] = [];
  let deliver: ((message: StreamMessage) => void) | null = null;
  let closed = false;
  const receive = (message: StreamMessage) => {
    if (closed) return;
    if (deliver) deliver(message);
    else queued.push(message);
  };
  worker.onmessage = (event: MessageEvent<StreamMessage>) => receive(event.data);
  worker.onerror = (event) =>
    receive({ kind: "failed", status: 0, message: event.message || "the graph stream worker failed" });
  // Above KG_OVERVIEW_ABOVE nodes the server says so first: the stream then carries the overview only.
  loadOverviewCounts()
    .then((answer) =>
      fetch(apiUrl("/graph/stream", { limit: overviewLimit(answer, MAX_STREAMED_NODES) }), {
        headers: authHeaders(),
        signal: controller.signal,
      }),
    )
    .then(
      (response) => {
        if (response.ok && response.body) worker.postMessage({ body: response.body }, [response.body]);
        else receive({ kind: "failed", status: response.status, message: `The server answered ${response.status}.` });
      },
      (error: unknown) =>
        receive({ kind: "failed", status: 0, message: error instanceof Error ? error.message : String(error) }),
    );
  return {
    listen(listener) {
      deliver = listener;
      for (const message of queued.splice(0)) listener(message);
    },
    close() {
      closed = true;
      controller.abort();
      worker.terminate();
    },
  };
}

let prefetched: StreamSource | null = null;

/**
 * Starts streaming the overview while the page boots, so the bytes are on their way before React has mounted.
 * streamOverview takes it (and closes it after the start line when the graph is small); loadOverview and the deep-link
 * loader drop it when nobody took it.
 */
export function prefetchOverviewStream(): void {
  prefetched ??= openStreamSource();
}

/** The prefetched stream when there is one, else a fresh one. */
export function takeOverviewStream(): StreamSource {
  const source = prefetched ?? openStreamSource();
  prefetched = null;
  return source;
}

/** Stops a prefetched stream nobody took (the graph turned out small, or a link replaced the overview). */
export function dropPrefetchedStream(): void {
  prefetched?.close();
  prefetched = null;
}
