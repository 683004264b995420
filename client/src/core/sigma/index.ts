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
