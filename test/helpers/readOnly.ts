// Runs a query through the read-only gate and keeps every record as plain values: for tests that read rows directly.
import type { Record as Neo4jRecord } from "neo4j-driver";
import type { GateOptions } from "../../server/cypherGate/rules";
import { type RunLimits, runReadOnly } from "../../server/cypherGate/runReadOnly";
import type { Db } from "../../server/neo4j/driver";
import { toPlain } from "../../server/neo4j/values";

export type PlainRow = Record<string, unknown>;

/** Every record of the query (no cap), each column converted with toPlain; rejects with the gate's typed errors. */
export async function readOnlyRows(
  db: Db,
  query: string,
  params: Record<string, unknown> = {},
  limits: RunLimits = { timeoutMs: 60_000 },
  gate: Partial<GateOptions> = {},
): Promise<PlainRow[]> {
  const rows: PlainRow[] = [];
  let columns: string[] = [];
  await runReadOnly(
    db,
    query,
    params,
    limits,
    {
      columns: (names) => {
        columns = names;
      },
      record: (record: Neo4jRecord) => {
        rows.push(Object.fromEntries(columns.map((c) => [c, toPlain(record.get(c))])));
        return true;
      },
    },
    undefined,
    gate,
  );
  return rows;
}
