// Maps a plain Neo4j relationship to a wire edge: a stable key, its type, its evidence and its own properties.
import type { WireEdgeAttributes } from "../domain/wire";
import { distinctSourceIds, EVIDENCE_PROPERTIES, evidenceFromProperties } from "./evidence";
import type { PlainRelationship } from "./types";

/** Relationships are merged on (start, type, end), so this key is unique and stable across answers. */
export function edgeKey(source: string, type: string, target: string): string {
  return `${source}|${type}|${target}`;
}

export function edgeAttributes(rel: PlainRelationship): WireEdgeAttributes {
  const evidence = evidenceFromProperties(rel.properties);
  const own: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rel.properties)) if (!EVIDENCE_PROPERTIES.has(k)) own[k] = v;
  return { ...own, type: rel.type, evidence, sourceIds: distinctSourceIds(evidence) };
}
