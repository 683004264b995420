// Worker thread: holds the name automaton (built off the server's event loop) and answers mention look-ups.
import { parentPort, workerData } from "node:worker_threads";
import { buildNameIndex, findMentions, type MentionHit, type NamedEntity } from "./mentions";

export type MentionRequest = { id: number; text: string };
export type MentionReply =
  | { kind: "ready"; names: number; entities: number; buildMs: number }
  | { kind: "found"; id: number; hits: MentionHit[] }
  | { kind: "failed"; id: number; message: string };

const started = performance.now();
const index = buildNameIndex((workerData as { entities: NamedEntity[] }).entities);
parentPort?.postMessage({
  kind: "ready",
  names: index.names,
  entities: index.entities,
  buildMs: performance.now() - started,
} satisfies MentionReply);
parentPort?.on("message", (request: MentionRequest) => {
  try {
    parentPort?.postMessage({
      kind: "found",
      id: request.id,
      hits: findMentions(index, request.text),
    } satisfies MentionReply);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    parentPort?.postMessage({ kind: "failed", id: request.id, message } satisfies MentionReply);
  }
});
