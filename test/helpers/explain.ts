// Test helpers: EXPLAIN a query on the real Neo4j and keep its plan as plain JSON (what checkPlan and fixtures see).
import neo4j from "neo4j-driver";
import type { Db } from "../../server/neo4j/driver";

export interface Explained {
  queryType: string | undefined;
  database: string | undefined;
  plan: unknown;
}

/** The driver's plan as JSON: integers as numbers, the pretty-printed table ("string-representation") left out. */
export function plainPlan(plan: unknown): unknown {
  return JSON.parse(
    JSON.stringify(plan, (key, value) =>
      key === "string-representation" ? undefined : neo4j.isInt(value) ? value.toNumber() : value,
    ),
  );
}

/** EXPLAINs `query` in a READ session; it plans the query and never runs it. Throws what Neo4j throws. */
export async function explain(db: Db, query: string, params: Record<string, unknown> = {}): Promise<Explained> {
  const session = db.driver.session({
    defaultAccessMode: neo4j.session.READ,
    ...(db.database ? { database: db.database } : {}),
  });
  try {
    const result = await session.run(`EXPLAIN\n${query}`, params);
    return {
      queryType: result.summary.queryType,
      database: result.summary.database.name ?? undefined,
      plan: plainPlan(result.summary.plan),
    };
  } finally {
    await session.close();
  }
}

/** Every operatorType of a plain plan, depth first (root first). */
export function operatorTypes(plan: unknown): string[] {
  const node = plan as { operatorType?: string; children?: unknown[] } | null;
  if (!node?.operatorType) return [];
  return [node.operatorType, ...(node.children ?? []).flatMap(operatorTypes)];
}
