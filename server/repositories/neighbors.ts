// GET /api/nodes/:id/neighbors: one page of neighbours, filtered by relation type, with totals and counts by type.
import type { NeighborsQuery, NeighborsResponse } from "../domain/api";
import { buildWireGraph } from "../graph/buildWireGraph";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { toPlain } from "../neo4j/values";
import { NotFoundError } from "./errors";
import { field, int, orNull, plainNode, plainNodes, plainRelationships } from "./rows";

export async function getNeighbors(db: Db, id: string, q: NeighborsQuery): Promise<NeighborsResponse> {
  const result = await db.read(cypher("read/neighbors"), {
    id,
    relationTypes: orNull(q.relationTypes),
    direction: q.direction,
    offset: int(q.offset),
    limit: int(q.limit),
  });
  const record = result.records[0];
  if (!record) throw new NotFoundError("node", id);
  const node = plainNode(record.get("n"));
  const relationships = plainRelationships(record.get("relationships"));
  const neighbors = plainNodes(record.get("neighbors"));
  const total = field<number>(record, "total");
  const counts = (toPlain(record.get("countsByType")) as [string, number][]) ?? [];
  const graph = buildWireGraph([node, ...neighbors], relationships);
  const returned = relationships.length;
  return {
    id,
    graph,
    total,
    offset: q.offset,
    limit: q.limit,
    returned,
    more: Math.max(0, Number(total) - q.offset - returned),
    countsByType: Object.fromEntries(counts),
  };
}
