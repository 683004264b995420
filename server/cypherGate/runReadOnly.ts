// Runs a researcher's Cypher behind the gate: a text scan that may only refuse, the EXPLAIN plan that decides,
// then a READ transaction whose records go one by one, as the driver decodes them, to the caller, who may stop it.
import neo4j, { type Record as Neo4jRecord } from "neo4j-driver";
import type { Db } from "../neo4j/driver";
import { CypherRefusedError } from "./errors";
import { toGateError } from "./neo4jErrors";
import { checkPlan } from "./plan";
import { checkCypher, checkQueryType, DEFAULT_GATE_OPTIONS, type GateOptions } from "./rules";
import { userFunctionsOf } from "./userFunctions";

export interface RunLimits {
  timeoutMs: number;
}

/**
 * Told the columns once, before the first record, then each record with its raw driver values (nodes, relationships
 * and paths as the driver decoded them, never converted); returns false to stop reading (the rest is discarded).
 */
export interface RecordSink {
  columns(columns: string[]): void;
  record(record: Neo4jRecord): boolean;
}

export interface ReadOnlyResult {
  columns: string[];
  /** The sink stopped the read before Neo4j's last record. */
  stopped: boolean;
}

/**
 * Records the driver fetches per round trip for a researcher's query (its default is 1000): the driver decodes whole
 * records and buffers up to this many ahead of the sink, so a sink that stops early leaves few decoded behind.
 */
export const FETCH_SIZE = 100;

/** The EXPLAIN goes on its own line, so Neo4j's line numbers are the query's plus one. */
const EXPLAIN_PREFIX = "EXPLAIN\n";

/**
 * Refuses anything but a single read-only query, then runs it in a READ session with a transaction timeout, handing
 * each record to `sink` until it says stop. Aborting `signal` (the client went away) closes the session, which ends
 * the query. The text scan (rules.ts) may only refuse; the query runs only when Neo4j's EXPLAIN plan passes checkPlan
 * (plan.ts). Throws CypherRefusedError (403), CypherInvalidError (400: Neo4j could not parse or plan it),
 * CypherTimeoutError (504), or the driver's error when Neo4j fails.
 */
export async function runReadOnly(
  db: Db,
  query: string,
  params: Record<string, unknown>,
  limits: RunLimits,
  sink: RecordSink,
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
    fetchSize: FETCH_SIZE,
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
      throw toGateError(error, limits.timeoutMs, 1);
    }
    const database = explained.summary.database.name ?? db.database;
    const planRefusal =
      checkPlan(explained.summary.plan, { ...options, userFunctions, database }) ??
      checkQueryType(explained.summary.queryType);
    if (planRefusal) throw new CypherRefusedError(planRefusal);

    let stopped = false;
    let columns: string[] = [];
    try {
      const result = session.run(text, params, txConfig);
      columns = [...(await result.keys())];
      sink.columns(columns);
      for await (const record of result as AsyncIterable<Neo4jRecord>) {
        if (!sink.record(record)) {
          stopped = true;
          break;
        }
      }
    } catch (error) {
      throw toGateError(error, limits.timeoutMs, 0);
    }
    return { columns, stopped };
  } finally {
    signal?.removeEventListener("abort", onAbort);
    await session.close();
  }
}
