// A researcher's read-only Cypher through the gate, read into typed cells and a graph of what Neo4j returned.

import type { CypherResponse } from "@domain/contracts/api";
import type { Node } from "neo4j-driver";
import { runReadOnly } from "../cypherGate/runReadOnly";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { type AnswerLimits, createCypherAnswer } from "./cypherAnswer";

export type CypherLimits = AnswerLimits;

/**
 * Runs the query behind the gate and builds its answer as the records arrive (createCypherAnswer says how the caps
 * cut it). A relationship whose ends were not returned brings them in (one extra read), so `RETURN r` still draws.
 */
export async function runCypher(
  db: Db,
  query: string,
  params: Record<string, unknown>,
  limits: CypherLimits,
  signal?: AbortSignal,
): Promise<CypherResponse> {
  // Run in a worker thread, which holds no corroboration view: the HTTP thread adds independent support to the graph.
  const answer = createCypherAnswer(limits, null);
  await runReadOnly(db, query, params, { timeoutMs: limits.timeoutMs }, answer, signal);
  const missing = answer.missingEndpoints();
  if (missing.length > 0) {
    const fetched = await db.read(cypher("read/nodes-by-element-ids"), { elementIds: missing });
    answer.endpoints(fetched.records.map((r) => r.get("n") as Node));
  }
  return answer.finish();
}
