// Runs a researcher's Cypher behind the gate: a text scan that may only refuse, the EXPLAIN plan that decides, a capped READ.
import neo4j, { type Record as Neo4jRecord } from "neo4j-driver";
import type { Db } from "../neo4j/driver";
import { toPlain } from "../neo4j/values";
import { CypherRefusedError } from "./errors";
import { classifyNeo4jError } from "./neo4jErrors";
import { checkPlan } from "./plan";
import { checkCypher, checkQueryType, DEFAULT_GATE_OPTIONS, type GateOptions } from "./rules";
import { userFunctionsOf } from "./userFunctions";

export interface RunLimits {
  timeoutMs: number;
  maxRows: number;
}

export interface ReadOnlyResult {
  columns: string[];
  /** Rows with plain values (nodes as {elementId, labels, properties}), at most maxRows. */
  rows: Record<string, unknown>[];
  truncated: boolean;
}

/** The EXPLAIN goes on its own line, so Neo4j's line numbers are the query's plus one. */
const EXPLAIN_PREFIX = "EXPLAIN\n";

/**
 * Refuses anything but a single read-only query, then runs it in a READ session with a transaction timeout,
 * keeping at most maxRows rows. Aborting `signal` (the client went away) closes the session, which ends the query.
 * The text scan (rules.ts) may only refuse; the query runs only when Neo4j's EXPLAIN plan passes checkPlan (plan.ts).
 * Throws CypherRefusedError (403), CypherInvalidError (400: Neo4j could not parse or plan it), CypherTimeoutError
 * (504), or the driver's error when Neo4j fails.
 */
export async function runReadOnly(
  db: Db,
  query: string,
  params: Record<string, unknown>,
  limits: RunLimits,
  signal?: AbortSignal,
  gate: Partial<GateOptions> = {},
): Promise<ReadOnlyResult> {
  const options = { ...DEFAULT_GATE_OPTIONS, ...gate };
  const userFunctions = options.userFunctions ?? (await userFunctionsOf(db));
  const refusal = checkCypher(query, { ...options, userFunctions });
  if (refusal) throw new CypherRefusedError(refusal);
  const text = query.trim().replace(/;\s*$/, "");
  const session = db.driver.session({
    defaultAccessMode: neo4j.session.READ,
    ...(db.database ? { database: db.database } : {}),
  });
  const onAbort = () => void session.close();
  signal?.addEventListener("abort", onAbort, { once: true });
  const txConfig = { timeout: limits.timeoutMs, metadata: { app: "kg-explorer", purpose: "cypher-gate" } };
  try {
    let explained: Awaited<ReturnType<typeof session.run>>;
    try {
      explained = await session.run(`${EXPLAIN_PREFIX}${text}`, params, txConfig);
    } catch (error) {
      throw classifyNeo4jError(error, limits.timeoutMs, 1);
    }
    const database = explained.summary.database.name ?? db.database;
    const planRefusal =
      checkPlan(explained.summary.plan, { ...options, userFunctions, database }) ??
      checkQueryType(explained.summary.queryType);
    if (planRefusal) throw new CypherRefusedError(planRefusal);

    const rows: Record<string, unknown>[] = [];
    let truncated = false;
    let columns: string[] = [];
    try {
      const result = session.run(text, params, txConfig);
      columns = [...(await result.keys())];
      for await (const record of result as AsyncIterable<Neo4jRecord>) {
        if (rows.length >= limits.maxRows) {
          truncated = true;
          break;
        }
        const row: Record<string, unknown> = {};
        for (const key of columns) row[key] = toPlain(record.get(key));
        rows.push(row);
      }
    } catch (error) {
      throw classifyNeo4jError(error, limits.timeoutMs, 0);
    }
    return { columns, rows, truncated };
  } finally {
    signal?.removeEventListener("abort", onAbort);
    await session.close();
  }
}
