// Baselines: the same Cypher the endpoints run, fetched with the bare driver and nothing done with the records.
import { cypher } from "../../../server/neo4j/cypherFiles";
import type { Db } from "../../../server/neo4j/driver";
import { EDGES_PER_NODE, filterParams } from "../../../server/repositories/graph";
import { int } from "../../../server/repositories/rows";

const ALL = { claims: true, sources: true };

/** What /api/graph?limit=… and /api/graph/stream run for the unfiltered graph, in the same order. */
export async function rawGraph(db: Db, limit: number): Promise<number> {
  const filter = filterParams(ALL);
  const total = await db.read(cypher("read/graph-node-total"), filter);
  const totalNodes = Number(total.records[0]?.get("total"));
  const nodes = await db.read(cypher("read/graph-nodes"), { ...filter, limit: int(limit) });
  const cut = totalNodes > nodes.records.length;
  const edgeLimit = int(limit * EDGES_PER_NODE + 1);
  const edges = cut
    ? await db.read(cypher("read/graph-edges"), {
        ...filter,
        elementIds: nodes.records.map((r) => r.get("n").elementId),
        limit: edgeLimit,
      })
    : await db.read(cypher("read/graph-edges-all"), { ...filter, limit: edgeLimit });
  if (cut) await db.read(cypher("read/graph-edge-total"), filter);
  return nodes.records.length + edges.records.length;
}

/** The stream also counts the edges before its first line. */
export async function rawGraphStream(db: Db, limit: number): Promise<number> {
  await db.read(cypher("read/graph-edge-total"), filterParams(ALL));
  return rawGraph(db, limit);
}

/** What POST /api/export {by: "ids"} without claims runs: resolve the ids, nodes, edges, cited sources. */
export async function rawExport(db: Db, ids: readonly string[]): Promise<number> {
  const resolved = await db.read(cypher("export/resolve-ids"), { ids });
  const elementIds = resolved.records[0]?.get("elementIds") as string[];
  const [nodes, edges] = await Promise.all([
    db.read(cypher("export/nodes"), { elementIds }),
    db.read(cypher("export/edges"), { elementIds }),
  ]);
  const sourceIds = new Set<string>();
  for (const r of edges.records) for (const s of r.get("r").properties.sourceIds as string[]) sourceIds.add(s);
  await db.read(cypher("read/sources-by-ids"), { ids: [...sourceIds], withText: false });
  return nodes.records.length + edges.records.length;
}
