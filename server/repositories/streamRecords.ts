// Streams a read query's records as Neo4j sends them (fetchSize batches, back-pressure), instead of buffering them all.
import neo4j, { type Record as Neo4jRecord } from "neo4j-driver";
import type { Db } from "../neo4j/driver";

export const STREAM_FETCH_SIZE = 2000;

/**
 * Runs `query` in a READ transaction and awaits `onRecord` for each record in order. Stops (and the session closes,
 * which cancels the query in Neo4j) when `signal` aborts.
 */
export async function streamRecords(
  db: Db,
  query: string,
  params: Record<string, unknown>,
  onRecord: (record: Neo4jRecord) => void | Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  const session = db.driver.session({
    defaultAccessMode: neo4j.session.READ,
    fetchSize: STREAM_FETCH_SIZE,
    ...(db.database ? { database: db.database } : {}),
  });
  try {
    await session.executeRead(async (tx) => {
      for await (const record of tx.run(query, params)) {
        if (signal?.aborted) break;
        const pending = onRecord(record);
        if (pending) await pending;
      }
    });
  } finally {
    await session.close();
  }
}
