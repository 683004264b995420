// Test helpers: snapshot the graph before a test that enriches shared (seed) data, and put it back exactly afterwards.
import { cypher } from "../../server/neo4j/cypherFiles";
import type { Db } from "../../server/neo4j/driver";

export interface GraphSnapshot {
  nodes: Array<{ id: string; properties: Record<string, unknown> }>;
  relationships: Array<{ from: string; type: string; to: string; properties: Record<string, unknown> }>;
}

/** Every id'd node and every relationship between id'd nodes, with properties as the driver returns them. */
export async function snapshotGraph(db: Db): Promise<GraphSnapshot> {
  const nodes = await db.read(cypher("test/graph-nodes"));
  const rels = await db.read(cypher("test/graph-relationships"));
  return {
    nodes: nodes.records
      .filter((r) => r.get("id") !== null)
      .map((r) => ({ id: r.get("id"), properties: r.get("properties") })),
    relationships: rels.records
      .filter((r) => r.get("from") !== null && r.get("to") !== null)
      .map((r) => ({ from: r.get("from"), type: r.get("type"), to: r.get("to"), properties: r.get("properties") })),
  };
}

/** Deletes what was created since the snapshot and restores the properties of what was there. */
export async function restoreGraph(db: Db, snapshot: GraphSnapshot): Promise<void> {
  const keys = snapshot.relationships.map((r) => [r.from, r.type, r.to]);
  const session = db.driver.session({ ...(db.database ? { database: db.database } : {}) });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(cypher("test/restore-delete-relationships"), { keys });
      await tx.run(cypher("test/restore-delete-nodes"), { ids: snapshot.nodes.map((n) => n.id) });
      await tx.run(cypher("test/restore-node-properties"), { rows: snapshot.nodes });
      await tx.run(cypher("test/restore-relationship-properties"), { rows: snapshot.relationships });
    });
  } finally {
    await session.close();
  }
}
