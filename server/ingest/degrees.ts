// The degree stored on every node (its relationships, all types, both directions), kept by every writer in its own transaction.
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { cypher } from "../neo4j/cypherFiles";
import type { WritePlan } from "./planWrites";

/** The ids, per label, of every node a document writes or links to: the ones whose degree the write may move. */
export function touchedByPlan(plan: WritePlan): { entityIds: string[]; claimIds: string[]; sourceIds: string[] } {
  const entities = new Set<string>(plan.entities.map((e) => e.id));
  const claims = new Set<string>(plan.claims.map((c) => c.id));
  const sources = new Set<string>([plan.source.id]);
  const link = (from: Set<string>, to: Set<string>) => (r: { from: string; to: string }) => {
    from.add(r.from);
    to.add(r.to);
  };
  plan.relations.forEach(link(entities, entities));
  plan.states.forEach(link(entities, claims));
  plan.sourceStates.forEach(link(sources, claims));
  plan.about.forEach(link(claims, entities));
  plan.sourceMentions.forEach(link(sources, entities));
  return { entityIds: [...entities], claimIds: [...claims], sourceIds: [...sources] };
}

/** Sets `degree` (an Integer) on the plan's nodes where it moved; returns how many nodes changed. */
export async function refreshPlanDegrees(tx: ManagedTransaction, plan: WritePlan): Promise<number> {
  const result = await tx.run(cypher("ingest/refresh-degrees"), touchedByPlan(plan));
  return count(result.records[0]?.get("written"));
}

/** Sets `degree` on the nodes named by elementId that still exist, where it moved; returns how many changed. */
export async function refreshDegrees(tx: ManagedTransaction, elementIds: readonly string[]): Promise<number> {
  if (elementIds.length === 0) return 0;
  const result = await tx.run(cypher("workbench/refresh-degrees"), { elementIds: [...elementIds] });
  return count(result.records[0]?.get("written"));
}

/** The elementIds a touched-nodes query (`cypher/workbench/retract-*-touched.cypher`) returns, read in the same transaction. */
export async function touchedNodes(
  tx: ManagedTransaction,
  name: string,
  params: Record<string, unknown>,
): Promise<string[]> {
  const result = await tx.run(cypher(name), params);
  const ids = result.records[0]?.get("elementIds");
  return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === "string") : [];
}

function count(v: unknown): number {
  return neo4j.isInt(v) ? v.toNumber() : Number(v ?? 0);
}
