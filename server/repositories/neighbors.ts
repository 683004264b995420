// One page of a node's neighbors, filtered by relation type and direction, with totals and counts by type.
// Concurrent requests for the same page size are answered by one query (see batcher.ts).

import type { NeighborsQuery, NeighborsResponse } from "@domain/contracts/api";
import type { Record as Neo4jRecord } from "neo4j-driver";
import type { Corroboration } from "../corroboration/view";
import { buildWireGraph } from "../mappers/buildWireGraph";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { toPlain } from "../neo4j/values";
import { createBatcher } from "./batcher";
import { corroborationOf } from "./corroboration";
import { NotFoundError } from "./errors";
import { field, int, orNull, plainNode, plainNodes, plainRelationships } from "./rows";

/** More than this many requests in one batch would make a slow request slow the others down. */
const MAX_BATCH = 32;

interface PageRequest {
  id: string;
  q: NeighborsQuery;
}

function toResponse(record: Neo4jRecord, { id, q }: PageRequest, corroboration: Corroboration): NeighborsResponse {
  const node = plainNode(record.get("n"));
  const relationships = plainRelationships(record.get("relationships"));
  const neighbors = plainNodes(record.get("neighbors"));
  const total = field<number>(record, "total");
  const counts = (toPlain(record.get("countsByType")) as [string, number][]) ?? [];
  const returned = relationships.length;
  return {
    id,
    graph: buildWireGraph([node, ...neighbors], relationships, corroboration),
    total,
    offset: q.offset,
    limit: q.limit,
    returned,
    more: Math.max(0, Number(total) - q.offset - returned),
    countsByType: Object.fromEntries(counts),
  };
}

/** One batch: every request shares offset and limit (the batcher's group), each has its own id and filters. */
async function readPages(db: Db, requests: PageRequest[]): Promise<Array<NeighborsResponse | undefined>> {
  const first = requests[0];
  if (!first) return [];
  const [result, corroboration] = await Promise.all([
    db.read(cypher("read/neighbors"), {
      requests: requests.map(({ id, q }) => ({ id, relationTypes: orNull(q.relationTypes), direction: q.direction })),
      offset: int(first.q.offset),
      limit: int(first.q.limit),
    }),
    corroborationOf(db),
  ]);
  const answers: Array<NeighborsResponse | undefined> = new Array(requests.length).fill(undefined);
  for (const record of result.records) {
    const index = field<number>(record, "index");
    const request = requests[index];
    if (request) answers[index] = toResponse(record, request, corroboration);
  }
  return answers;
}

const loaders = new WeakMap<Db, ReturnType<typeof createBatcher<PageRequest, NeighborsResponse>>>();

function loaderFor(db: Db) {
  let loader = loaders.get(db);
  if (!loader) {
    loader = createBatcher<PageRequest, NeighborsResponse>({
      run: (requests) => readPages(db, requests),
      group: ({ q }) => `${q.offset}:${q.limit}`,
      maxBatch: MAX_BATCH,
    });
    loaders.set(db, loader);
  }
  return loader;
}

export async function getNeighbors(db: Db, id: string, q: NeighborsQuery): Promise<NeighborsResponse> {
  const page = await loaderFor(db).load({ id, q });
  if (!page) throw new NotFoundError("node", id);
  return page;
}
