// Types of the large-graph loader: the progress the bar shows and the messages of the stream worker.
import type { GraphStreamLine } from "@domain/contracts/graphStream";

export interface LoadProgress {
  active: boolean;
  /** Nodes and edges the server said it will send. */
  expected: { nodes: number; edges: number };
  loaded: { nodes: number; edges: number };
}

/** What the main thread hands the stream worker: the body of the response, as it arrives. */
export interface StreamRequest {
  body: ReadableStream<Uint8Array<ArrayBuffer>>;
}

/** What the worker posts back: each parsed line, or a failure before or during the stream. */
export type StreamMessage =
  | { kind: "line"; line: GraphStreamLine }
  | { kind: "failed"; status: number; message: string };
