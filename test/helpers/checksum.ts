// Test helpers: a checksum of the whole graph (counts + sha256 over ids, labels, types and typed property values).
import { createHash } from "node:crypto";
import neo4j from "neo4j-driver";
import { cypher } from "../../server/neo4j/cypherFiles";
import type { Db } from "../../server/neo4j/driver";

export interface GraphChecksum {
  nodes: number;
  relationships: number;
  nodeProperties: number;
  relationshipProperties: number;
  sha256: string;
}

/** A canonical, type-tagged rendering: an integer 3 and a float 3.0 differ, map keys are sorted. */
export function canonical(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (neo4j.isInt(value)) return `i:${value.toString()}`;
  if (typeof value === "number") return `f:${Object.is(value, -0) ? "-0" : String(value)}`;
  if (typeof value === "string") return `s:${JSON.stringify(value)}`;
  if (typeof value === "boolean") return `b:${value}`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value.constructor === Object) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return `o:${String(value)}`;
}

/** Nodes are named by `id` (elementId when they have none), relationships by `[from, type, to]`. */
export async function graphChecksum(db: Db): Promise<GraphChecksum> {
  const nodes = await db.read(cypher("test/graph-nodes"));
  const rels = await db.read(cypher("test/graph-relationships"));
  const lines: string[] = [];
  let nodeProperties = 0;
  let relationshipProperties = 0;
  for (const r of nodes.records) {
    const props = r.get("properties") as Record<string, unknown>;
    nodeProperties += Object.keys(props).length;
    const labels = [...(r.get("labels") as string[])].sort();
    lines.push(`N ${r.get("id") ?? r.get("elementId")} ${labels.join(":")} ${canonical(props)}`);
  }
  for (const r of rels.records) {
    const props = r.get("properties") as Record<string, unknown>;
    relationshipProperties += Object.keys(props).length;
    lines.push(`R ${r.get("from")} ${r.get("type")} ${r.get("to")} ${canonical(props)}`);
  }
  lines.sort();
  return {
    nodes: nodes.records.length,
    relationships: rels.records.length,
    nodeProperties,
    relationshipProperties,
    sha256: createHash("sha256").update(lines.join("\n")).digest("hex"),
  };
}
