// POST /api/cypher: a researcher's read-only Cypher through the gate, answered as a table and as a graph.

import { runReadOnly } from "../cypherGate/runReadOnly";
import type { CypherResponse } from "../domain/api";
import type { WireGraph } from "../domain/wire";
import { buildWireGraph } from "../graph/buildWireGraph";
import { collectGraphValues, missingEndpoints } from "../graph/collect";
import type { PlainNode } from "../graph/types";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { plainNode } from "./rows";

export interface CypherLimits {
  timeoutMs: number;
  maxRows: number;
  maxNodes: number;
}

export interface GraphOfQuery {
  graph: WireGraph;
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
}

/**
 * Runs the query behind the gate, then gathers the nodes and relationships it returned. A relationship whose ends
 * were not returned brings them in (one extra read), so `RETURN r` still draws; beyond maxNodes the graph is cut.
 */
export async function graphOfQuery(
  db: Db,
  query: string,
  params: Record<string, unknown>,
  limits: CypherLimits,
  signal?: AbortSignal,
): Promise<GraphOfQuery> {
  const result = await runReadOnly(db, query, params, limits, signal);
  const collected = collectGraphValues(result.rows);
  let truncated = result.truncated;
  const missing = missingEndpoints(collected);
  const room = limits.maxNodes - collected.nodes.size;
  if (missing.length > 0 && room > 0) {
    const fetched = await db.read(cypher("read/nodes-by-element-ids"), { elementIds: missing.slice(0, room) });
    for (const r of fetched.records) {
      const n = plainNode(r.get("n"));
      collected.nodes.set(n.elementId, n);
    }
  }
  let nodes: PlainNode[] = [...collected.nodes.values()];
  if (nodes.length > limits.maxNodes || missing.length > room) truncated = true;
  nodes = nodes.slice(0, limits.maxNodes);
  const graph = buildWireGraph(nodes, collected.relationships.values());
  return { graph, columns: result.columns, rows: result.rows, truncated };
}

export async function runCypher(
  db: Db,
  query: string,
  params: Record<string, unknown>,
  limits: CypherLimits,
  signal?: AbortSignal,
): Promise<CypherResponse> {
  const { graph, columns, rows, truncated } = await graphOfQuery(db, query, params, limits, signal);
  return { columns, rows, graph, truncated, limits: { ...limits } };
}
