// The graph sigma renders (one instance for the whole app) and the live Sigma renderer once mounted.
import { MultiDirectedGraph } from "graphology";
import type Sigma from "sigma";
import type { VisualEdge, VisualNode } from "../appearance/types";
import { atom } from "../utils/atoms";

export type SigmaNode = VisualNode & { x: number; y: number };
export type SigmaEdge = VisualEdge & { parallelIndex?: number | null; parallelMaxIndex?: number | null };
export type SigmaGraph = MultiDirectedGraph<SigmaNode, SigmaEdge>;

/** Positions live here between layout runs; the derived chain only ever adds, removes and restyles. */
export const sigmaGraph: SigmaGraph = new MultiDirectedGraph({ allowSelfLoops: true });

export const sigmaAtom = atom<Sigma<SigmaNode, SigmaEdge> | null>(null);

/** Frames sigma has drawn, counting the one drawn inside its constructor (the bench and browser tests read it). */
export const renderStats = { frames: 0 };

/**
 * Runs a bulk change of the sigma graph with sigma detached from it, then re-attaches it: sigma indexes and draws the
 * result once, instead of processing each change. Needed for removals above all: sigma 3 re-indexes its whole graph
 * for every node or edge dropped while it listens (`refresh()` on `nodeDropped`/`edgeDropped`), so dropping k of N
 * costs k full passes. Inside another detached run it just runs.
 */
export function withSigmaDetached(run: () => void): void {
  const sigma = sigmaAtom.get();
  if (!sigma || sigma.getGraph() !== sigmaGraph) {
    run();
    return;
  }
  sigma.setGraph(new MultiDirectedGraph());
  try {
    run();
  } finally {
    sigma.setGraph(sigmaGraph);
  }
}
