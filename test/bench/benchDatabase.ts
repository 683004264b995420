// The bench Neo4j: provisioned with purpose "bench", marked disposable, and wiped only after the marker check.
import neo4j from "neo4j-driver";
import { prepareGraph } from "../../server/bootstrap/prepareDatabase";
import type { Neo4jConnection } from "../../server/neo4j/connection";
import { cypher } from "../../server/neo4j/cypherFiles";
import { createDb, type Db } from "../../server/neo4j/driver";
import { assertTestDatabase, markAsTestDatabase } from "../../server/neo4j/testDatabase";
import { provisionNeo4j } from "../../server/provision";

export interface BenchDatabase {
  db: Db;
  connection: Neo4jConnection;
  release(): Promise<void>;
}

/**
 * Starts (or reuses) the local `bench` instance. Only a database this project provisioned is marked automatically;
 * a NEO4J_URI database must already carry the test marker, or the bench refuses to touch it.
 */
export async function openBenchDatabase(say: (line: string) => void, keep = false): Promise<BenchDatabase> {
  const provisioned = await provisionNeo4j({ purpose: "bench", log: say, stopOnRelease: !keep });
  const db = createDb(provisioned.connection, { acquisitionTimeoutMs: 60_000, maxTransactionRetryTimeMs: 5000 });
  try {
    await db.driver.verifyConnectivity();
    if (provisioned.connection.route !== "env") await markAsTestDatabase(db);
    await assertTestDatabase(db);
    await prepareGraph(db);
  } catch (error) {
    await db.close();
    await provisioned.release();
    throw error;
  }
  return {
    db,
    connection: provisioned.connection,
    release: async () => {
      await db.close();
      await provisioned.release();
    },
  };
}

/** Deletes everything but the marker, in batched transactions; refuses a database without the marker. */
export async function wipeBenchDatabase(db: Db): Promise<void> {
  await assertTestDatabase(db);
  const session = db.driver.session({
    defaultAccessMode: neo4j.session.WRITE,
    ...(db.database ? { database: db.database } : {}),
  });
  try {
    await session.run(cypher("bench/wipe"));
  } finally {
    await session.close();
  }
}

export async function graphCounts(db: Db): Promise<{ nodes: number; relationships: number }> {
  const r = (await db.read(cypher("bench/counts"))).records[0];
  return { nodes: Number(r?.get("nodes") ?? 0), relationships: Number(r?.get("relationships") ?? 0) };
}
