// Gives a graph built in a worker thread (researchers' Cypher, an export by query) its computed corroboration.
import { CorroborationStatus } from "@domain/contracts/corroboration";
import type { WireGraph } from "@domain/contracts/wire";
import { claimCorroboration } from "../mappers/nodes";
import type { Corroboration } from "./view";

const longest = (words: readonly string[]) => words.reduce((a, b) => (b.length > a.length ? b : a), "");
/** JSON bytes of attributes at their longest, as added to an object that has others (each with its comma). */
const addedBytes = (attributes: Record<string, unknown>) =>
  JSON.stringify(attributes).length - 2 + Object.keys(attributes).length;

/**
 * The most bytes withIndependentSupport adds to an edge's and to a claim node's JSON: a bounded answer built in a
 * worker sets them aside, so that the answer stays within its byte cap once they are added.
 */
export const SUPPORT_BYTES: Readonly<Record<"edge" | "claim", number>> = {
  edge: addedBytes({ independentSupport: Number.MAX_SAFE_INTEGER }),
  claim: addedBytes({
    independentSupport: Number.MAX_SAFE_INTEGER,
    claimGroup: `g-${"0".repeat(16)}`,
    corroboration: longest(CorroborationStatus.options),
  }),
};

/**
 * Sets `independentSupport` on every edge and claim node of `graph` (and a grouped figure's `claimGroup` and
 * `corroboration`), as the mappers do in this thread. The Cypher workers build their graphs without the corroboration
 * view, which is computed and cached in the HTTP thread: the caller applies this where the worker's graph comes back.
 * Reads only what the wire already holds (the distinct `sourceIds`, the node's key as the claim's id). Mutates and
 * returns `graph`.
 */
export function withIndependentSupport(graph: WireGraph, corroboration: Corroboration): WireGraph {
  for (const edge of graph.edges) {
    edge.attributes.independentSupport = corroboration.independentSupport(edge.attributes.sourceIds);
  }
  for (const node of graph.nodes) {
    if (node.attributes.kind !== "claim") continue;
    Object.assign(node.attributes, claimCorroboration(node.key, node.attributes.sourceIds, corroboration));
  }
  return graph;
}
