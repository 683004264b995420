// Maps a plain Neo4j relationship to a wire edge: a stable key, its type, its evidence and its own properties.
import { COMPUTED_ATTRIBUTES } from "@domain/contracts/corroboration";
import type { WireEdgeAttributes } from "@domain/contracts/wire";
import type { Corroboration } from "../corroboration/view";
import { setOwn } from "../neo4j/values";
import { distinctSourceIds, EVIDENCE_PROPERTIES, evidenceFromProperties } from "./evidence";
import type { PlainRelationship } from "./types";

/** Relationships are merged on (start, type, end), so this key is unique and stable across answers. */
export function edgeKey(source: string, type: string, target: string): string {
  return `${source}|${type}|${target}`;
}

/**
 * Keys edges of one answer: the plain key, or, for a second relationship of one type between the same pair (which
 * breaks the model's merge rule), the plain key with the relationship's element id, so both are kept.
 */
export function edgeKeyer(): (source: string, type: string, target: string, elementId: string) => string {
  const seen = new Set<string>();
  return (source, type, target, elementId) => {
    const plain = edgeKey(source, type, target);
    const key = seen.has(plain) ? `${plain}#${elementId}` : plain;
    seen.add(key);
    return key;
  };
}

/**
 * An edge's wire attributes: its own properties, its type, its evidence, the distinct source ids of that evidence, and
 * `independentSupport`, how many of those sources are independent (docs/model.md, Independence), from `corroboration`
 * (left out when it is null: a worker thread's graph, given its support by withIndependentSupport).
 */
export function edgeAttributes(rel: PlainRelationship, corroboration: Corroboration | null): WireEdgeAttributes {
  const evidence = evidenceFromProperties(rel.properties);
  // One pass over the keys, no intermediate entry arrays (this runs for every edge of every answer); setOwn keeps a
  // property named `__proto__` as data.
  const own: Record<string, unknown> = {};
  for (const k of Object.keys(rel.properties)) {
    if (EVIDENCE_PROPERTIES.has(k) || COMPUTED_ATTRIBUTES.has(k)) continue;
    if (k === "__proto__") setOwn(own, k, rel.properties[k]);
    else own[k] = rel.properties[k];
  }
  // Completed in place rather than spread into a copy: the same keys in the same order (own first; a property named
  // like one of these keeps its place and takes the computed value, as a spread would).
  const attrs = own as WireEdgeAttributes;
  attrs.type = rel.type;
  attrs.evidence = evidence;
  attrs.sourceIds = distinctSourceIds(evidence);
  if (corroboration) attrs.independentSupport = corroboration.independentSupport(attrs.sourceIds);
  return attrs;
}
