// The overview's counts: the whole graph by label and type, the most connected `limit` nodes, and what is left out.
import type { OverviewCounts, OverviewResponse } from "@domain/contracts/overview";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { toPlain } from "../neo4j/values";
import { EDGES_PER_NODE } from "./graph";
import { int } from "./rows";

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

function counts(nodesByLabel: Record<string, number>, relationshipsByType: Record<string, number>): OverviewCounts {
  return { nodes: sum(nodesByLabel), relationships: sum(relationshipsByType), nodesByLabel, relationshipsByType };
}

/** a − b, key by key (keys of a). */
function minus(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, Math.max(0, v - (b[k] ?? 0))]));
}

function typeCounts(rows: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of (rows ?? []) as Array<{ type: string; count: number }>) out[row.type] = row.count;
  return out;
}

/**
 * Counts of the whole graph; when it has more than `above` nodes, also of the `limit` most connected nodes (the
 * nodes /api/graph?limit=… sends, in the same order) and the relationships among them that the graph sends (at most
 * limit × EDGES_PER_NODE, the same cap), and of what is left out.
 * At or below `above` nothing is left out and the node ordering is not run.
 */
export async function getOverview(db: Db, limit: number, above: number): Promise<OverviewResponse> {
  const totals = toPlain((await db.read(cypher("read/overview-totals"))).records[0]?.toObject()) as {
    entities: number;
    claims: number;
    sources: number;
    relationships: Array<{ type: string; count: number }>;
  };
  const total = counts(
    { Entity: totals.entities, Claim: totals.claims, Source: totals.sources },
    typeCounts(totals.relationships),
  );
  if (total.nodes <= above) {
    const none = counts(
      minus(total.nodesByLabel, total.nodesByLabel),
      minus(total.relationshipsByType, total.relationshipsByType),
    );
    return { overview: false, above, limit, total, shown: total, leftOut: none };
  }
  const nodes = await db.read(cypher("read/overview-shown-nodes"), { limit: int(limit) });
  const elementIds: string[] = [];
  const byLabel: Record<string, number> = { Entity: 0, Claim: 0, Source: 0 };
  for (const r of nodes.records) {
    elementIds.push(r.get("id") as string);
    const label = r.get("label") as string;
    byLabel[label] = (byLabel[label] ?? 0) + 1;
  }
  // The stream sends at most limit × EDGES_PER_NODE relationships: count those, not every one among the nodes.
  const rels = await db.read(cypher("read/overview-shown-relationships"), {
    elementIds,
    limit: int(limit * EDGES_PER_NODE),
  });
  const byType = typeCounts(rels.records.map((r) => toPlain(r.toObject())));
  const shown = counts(byLabel, byType);
  return {
    overview: true,
    above,
    limit,
    total,
    shown,
    leftOut: counts(minus(total.nodesByLabel, byLabel), minus(total.relationshipsByType, byType)),
  };
}
