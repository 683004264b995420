// The shortest path between two nodes and up to k-1 alternatives, every edge with its evidence.
import type { PathResult, PathsQuery, PathsResponse } from "@domain/contracts/api";
import type { Corroboration } from "../corroboration/view";
import { buildWireGraph } from "../mappers/buildWireGraph";
import { edgeAttributes, edgeKey } from "../mappers/edges";
import { nodeKey } from "../mappers/nodes";
import type { PlainNode, PlainRelationship } from "../mappers/types";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { corroborationOf } from "./corroboration";
import { NotFoundError } from "./errors";
import { field, int, plainNodes, plainRelationships } from "./rows";

type Via = Exclude<PathsQuery["via"], "auto">;

interface RawPath {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

/** Orients each relationship along the path: forward when it points from nodes[i] to nodes[i + 1]. */
export function toPathResult(path: RawPath, corroboration: Corroboration): PathResult {
  const keys = path.nodes.map(nodeKey);
  const steps = path.relationships.map((rel, i) => {
    const here = path.nodes[i] as PlainNode;
    const forward = rel.startNodeElementId === here.elementId;
    const source = forward ? (keys[i] as string) : (keys[i + 1] as string);
    const target = forward ? (keys[i + 1] as string) : (keys[i] as string);
    return {
      key: edgeKey(source, rel.type, target),
      source,
      target,
      type: rel.type,
      direction: forward ? ("forward" as const) : ("backward" as const),
      attributes: edgeAttributes(rel, corroboration),
    };
  });
  return { nodes: keys, length: steps.length, steps };
}

async function run(db: Db, via: Via, q: PathsQuery): Promise<RawPath[]> {
  const result = await db.read(cypher(`read/paths-${via}`), {
    from: q.from,
    to: q.to,
    k: int(q.k),
    maxLength: int(q.maxLength),
  });
  return result.records.map((r) => ({
    nodes: plainNodes(r.get("nodes")),
    relationships: plainRelationships(r.get("relationships")),
  }));
}

export async function findPaths(db: Db, q: PathsQuery): Promise<PathsResponse> {
  const exists = await db.read(cypher("read/nodes-exist"), { ids: [q.from, q.to] });
  const found = new Set(field<string[]>(exists.records[0], "found") ?? []);
  for (const id of [q.from, q.to]) if (!found.has(id)) throw new NotFoundError("node", id);

  let via: Via = q.via === "auto" ? "entities" : q.via;
  let raw = await run(db, via, q);
  if (raw.length === 0 && q.via === "auto") {
    via = "claims";
    raw = await run(db, via, q);
  }
  const corroboration = await corroborationOf(db);
  const graph = buildWireGraph(
    raw.flatMap((p) => p.nodes),
    raw.flatMap((p) => p.relationships),
    corroboration,
  );
  return { from: q.from, to: q.to, via, paths: raw.map((p) => toPathResult(p, corroboration)), graph };
}
