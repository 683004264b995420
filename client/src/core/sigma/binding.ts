// Keeps the sigma graph in sync with the visual graph: positions for arrivals, curves for parallel edges.
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from "@sigma/edge-curve";
import { visualGraphAtom } from "../chain/index";
import { setViewAccess } from "../history";
import { positionOf, rememberPosition, setLivePositions } from "../positions";
import { initialLayout, placeNewNodes, positionsOf } from "../positions/utils";
import { selectionAtom } from "../selection";
import { pruneSelection } from "../selection/utils";
import { type SigmaGraph, sigmaAtom, sigmaGraph, withSigmaDetached } from "./index";
import { dropsAny, syncSigmaGraph } from "./sync";
import { isLargeGraph } from "./utils";

/** Curvature for the i-th of n parallel edges, as in sigma's parallel-edges example. */
export function curvatureFor(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvatureFor(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

function curveParallelEdges(graph: SigmaGraph): void {
  indexParallelEdgesIndex(graph, { edgeIndexAttribute: "parallelIndex", edgeMaxIndexAttribute: "parallelMaxIndex" });
  graph.forEachEdge((key, a) => {
    if (typeof a.parallelIndex === "number") {
      graph.mergeEdgeAttributes(key, {
        type: "curvedArrow",
        curvature: curvatureFor(a.parallelIndex, a.parallelMaxIndex ?? 1),
      });
    }
  });
}

/** Places nodes that arrived without a known position: a first layout on an empty canvas, else next to a neighbor. */
function placeArrivals(unplaced: string[], wasEmpty: boolean): void {
  if (unplaced.length === 0) return;
  if (wasEmpty && unplaced.length === sigmaGraph.order) {
    const positions = initialLayout(sigmaGraph);
    for (const [key, p] of Object.entries(positions)) sigmaGraph.mergeNodeAttributes(key, p);
    return;
  }
  const pending = new Set(unplaced);
  const placed = positionsOf(sigmaGraph);
  for (const key of unplaced) delete placed[key];
  const anchorOf = (key: string) => sigmaGraph.neighbors(key).find((n) => !pending.has(n));
  const positions = placeNewNodes(placed, unplaced, anchorOf);
  for (const [key, p] of Object.entries(positions)) sigmaGraph.mergeNodeAttributes(key, p);
}

function sync(): void {
  const visual = visualGraphAtom.get();
  const apply = () => {
    const wasEmpty = sigmaGraph.order === 0;
    const result = syncSigmaGraph(sigmaGraph, visual, positionOf, rememberPosition);
    // Large graphs draw every edge as a plain line (core/scale), so curving parallel edges would be wasted work.
    if (!isLargeGraph(sigmaGraph.order)) curveParallelEdges(sigmaGraph);
    placeArrivals(result.unplaced, wasEmpty);
  };
  // A filter that hides a thousand nodes would cost sigma a thousand re-indexations of the whole graph while attached
  // (minutes at 10,000 nodes): removals are made detached, and sigma indexes and draws the result once. Additions and
  // restyles stay attached (cheap per element, drawn at the next frame; sigma keeps its hovered node).
  if (dropsAny(sigmaGraph, visual)) withSigmaDetached(apply);
  else apply();
  selectionAtom.set(pruneSelection({ node: (id) => sigmaGraph.hasNode(id), edge: (id) => sigmaGraph.hasEdge(id) }));
}

/** Starts keeping the sigma graph in sync; returns the function that stops it. */
export function bindSigmaGraph(): () => void {
  // The positions store reads what is drawn through this source, so it never imports sigma (a floor above it).
  setLivePositions(() => positionsOf(sigmaGraph));
  // The history keeps and restores positions and camera with each step; not for large graphs, where a copy of every
  // position per step would cost more than the undo is worth (the data graph is still restored).
  setViewAccess({
    readPositions: () => (isLargeGraph(sigmaGraph.order) ? null : positionsOf(sigmaGraph)),
    writePositions: (positions) =>
      sigmaGraph.updateEachNodeAttributes(
        (key, a) => {
          const p = positions[key];
          return p ? { ...a, x: p.x, y: p.y } : a;
        },
        { attributes: ["x", "y"] },
      ),
    readCamera: () => sigmaAtom.get()?.getCamera().getState() ?? null,
    writeCamera: (camera) => sigmaAtom.get()?.getCamera().setState(camera),
  });
  sync();
  return visualGraphAtom.subscribe(sync);
}
