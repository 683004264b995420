// Streams a read query's records as Neo4j sends them (fetchSize batches, back-pressure), instead of buffering them all.
import neo4j, { type Record as Neo4jRecord } from "neo4j-driver";
import type { Db } from "../neo4j/driver";

export const STREAM_FETCH_SIZE = 2000;

/**
 * Runs `query` in a READ transaction and awaits `onRecord` for each record in order. When `signal` aborts (the client
 * left, or the Neo4j gate answered 503 because the database stopped answering) the session closes at once, which
 * cancels the query in Neo4j even while no record arrives, and the stream ends without an error.
 */
export async function streamRecords(
  db: Db,
  query: string,
  params: Record<string, unknown>,
  onRecord: (record: Neo4jRecord) => void | Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  if (signal?.aborted) return;
  const session = db.driver.session({
    defaultAccessMode: neo4j.session.READ,
    fetchSize: STREAM_FETCH_SIZE,
    ...(db.database ? { database: db.database } : {}),
  });
  const onAbort = () => void session.close().catch(() => {});
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    await session.executeRead(async (tx) => {
      for await (const record of tx.run(query, params)) {
        if (signal?.aborted) break;
        const pending = onRecord(record);
        if (pending) await pending;
      }
    });
  } catch (error) {
    // Closing the session under a running query fails it; that is what the abort asked for.
    if (!signal?.aborted) throw error;
  } finally {
    signal?.removeEventListener("abort", onAbort);
    await session.close();
  }
}
