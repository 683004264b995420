// The large-graph loader: streams the whole overview through a worker with a progress bar, keeping the page live.
import type Sigma from "sigma";
import { EdgeLineProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import { graphDatasetAtom } from "../dataset";
import type { DataGraph } from "../dataset/types";
import { emptyGraph, wireCount } from "../dataset/utils";
import { rememberPosition } from "../positions";
import { storedPoint } from "../positions/utils";
import { withSigmaDetached } from "../sigma";
import { isLargeGraph, largeGraphSettings } from "../sigma/utils";
import { atom } from "../utils/atoms";
import { takeOverviewStream } from "./streamSource";
import type { LoadProgress, StreamMessage } from "./types";
import { chunkLoaded, getEmptyLoadProgress, loadEnded, loadStarted } from "./utils";

export const loadProgressAtom = atom<LoadProgress>(getEmptyLoadProgress());

/** Lets the browser paint and handle input between chunks. */
const yieldToBrowser = () => new Promise<void>((r) => setTimeout(r, 0));

/** The overview taken from the stream; or not, because the graph is small (not worth streaming) or the stream failed. */
export type StreamOutcome = { ok: true } | { ok: false; small: true } | { ok: false; small: false; message: string };

/**
 * Streams the whole overview (up to MAX_STREAMED_NODES) when its start line says it is large (above
 * LARGE_GRAPH_NODES): parsing happens in a worker, the graph is built chunk by chunk between frames, and server
 * positions (npm run layout) become the known positions, so nothing is laid out live. The data graph is replaced once,
 * at the end. Resolves `ok: false` with `small` when the graph is small, or with the failure's message.
 */
export function streamOverview(): Promise<StreamOutcome> {
  performance.mark("kg:stream-start");
  const source = takeOverviewStream();
  const graph: DataGraph = emptyGraph();
  let queue = Promise.resolve();
  return new Promise((resolve) => {
    const finish = (result: StreamOutcome) => {
      source.close();
      loadProgressAtom.set(loadEnded());
      resolve(result);
    };
    source.listen((message: StreamMessage) => {
      queue = queue.then(async () => {
        if (message.kind === "failed") return finish({ ok: false, small: false, message: message.message });
        const line = message.line;
        if (line.kind === "start") {
          // The stream says first how many nodes it will send: a small graph is better served capped by /api/graph.
          if (!isLargeGraph(wireCount(line.expected.nodes))) return finish({ ok: false, small: true });
          loadProgressAtom.set(
            loadStarted({ nodes: wireCount(line.expected.nodes), edges: wireCount(line.expected.edges) }),
          );
        } else if (line.kind === "nodes") {
          graph.import({ nodes: line.nodes });
          for (const n of line.nodes) {
            const point = storedPoint(n.attributes);
            if (point) rememberPosition(n.key, point);
          }
          loadProgressAtom.set(chunkLoaded("nodes", line.nodes.length));
          await yieldToBrowser();
        } else if (line.kind === "edges") {
          graph.import({ edges: line.edges });
          loadProgressAtom.set(chunkLoaded("edges", line.edges.length));
          await yieldToBrowser();
        } else if (line.kind === "end") {
          // Marks for the bench's breakdown: the stream received, then the data graph handed to the chain.
          performance.mark("kg:stream-received");
          withSigmaDetached(() =>
            graphDatasetAtom.set((state) => ({
              ...state,
              status: "ready",
              error: null,
              graph,
              truncated: line.truncated,
              totals: { nodes: wireCount(line.totals.nodes), edges: wireCount(line.totals.edges) },
              expansions: {},
              steps: [],
            })),
          );
          performance.mark("kg:graph-set");
          // The bench's first frame, taken as the bare sigma page takes its own: one animation frame after sigma drew
          // the whole graph (test/bench/browser).
          requestAnimationFrame(() => performance.mark("kg:first-frame"));
          finish({ ok: true });
        } else finish({ ok: false, small: false, message: line.title });
      });
    });
  });
}

/** Switches sigma to (and from) its large-graph settings as the data graph crosses the threshold. */
export function bindLargeGraphSettings<N extends object, E extends object>(
  sigma: Sigma<N, E>,
  normal: Partial<Settings>,
): () => void {
  let large = false;
  const apply = () => {
    const next = isLargeGraph(graphDatasetAtom.get().graph.order);
    if (next === large) return;
    large = next;
    sigma.setSettings(largeGraphSettings(large, normal, EdgeLineProgram) as Partial<Settings<N, E>>);
  };
  apply();
  return graphDatasetAtom.subscribe(apply);
}
