// Finds every node and relationship anywhere in plain query results (rows, lists, maps, paths).
import { isPlainNode, isPlainRelationship, type PlainNode, type PlainRelationship } from "./types";

export interface Collected {
  nodes: Map<string, PlainNode>;
  relationships: Map<string, PlainRelationship>;
}

export function emptyCollected(): Collected {
  return { nodes: new Map(), relationships: new Map() };
}

/** Adds what `value` holds to `into`, keyed by elementId, and returns it. */
export function collectGraphValues(value: unknown, into: Collected = emptyCollected()): Collected {
  if (value === null || typeof value !== "object") return into;
  if (Array.isArray(value)) {
    for (const v of value) collectGraphValues(v, into);
    return into;
  }
  if (isPlainRelationship(value)) {
    into.relationships.set(value.elementId, value);
    return into;
  }
  if (isPlainNode(value)) {
    into.nodes.set(value.elementId, value);
    return into;
  }
  for (const v of Object.values(value)) collectGraphValues(v, into);
  return into;
}

/** Element ids of relationship ends that are not among the collected nodes. */
export function missingEndpoints(collected: Collected): string[] {
  const missing = new Set<string>();
  for (const r of collected.relationships.values()) {
    for (const id of [r.startNodeElementId, r.endNodeElementId]) if (!collected.nodes.has(id)) missing.add(id);
  }
  return [...missing];
}
