// Integration setup: a real Neo4j from the provisioning module, marked as a test database, with the schema and the seed.
import type { TestProject } from "vitest/node";
import { prepareGraph } from "../../server/bootstrap/prepareDatabase";
import { describeSeed, ingestSeed } from "../../server/ingest/seed";
import type { Neo4jConnection } from "../../server/neo4j/connection";
import { createDb } from "../../server/neo4j/driver";
import { assertTestDatabase, markAsTestDatabase } from "../../server/neo4j/testDatabase";
import { provisionNeo4j } from "../../server/provision";
import type { Instance } from "../../server/provision/local/paths";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
    /** The local route's instance of this run (outage tests stop and restart it); null on other routes. */
    neo4jInstance: Instance | null;
  }
}

export default async function setup(project: TestProject) {
  const keep = process.env.KG_KEEP_NEO4J === "1";
  const provisioned = await provisionNeo4j({
    purpose: "test",
    stopOnRelease: !keep,
    log: (line) => process.stderr.write(`[neo4j] ${line}\n`),
  });
  const db = createDb(provisioned.connection);
  try {
    // Only databases this run provisioned for tests are marked automatically; a NEO4J_URI database must already carry the marker.
    if (provisioned.connection.route !== "env") await markAsTestDatabase(db);
    await assertTestDatabase(db);
    await prepareGraph(db);
    // Every integration test sees the article graph; ingest is idempotent, so a kept (KG_KEEP_NEO4J=1) server is fine.
    process.stderr.write(`[neo4j] ${describeSeed(await ingestSeed(db))}\n`);
  } finally {
    await db.close();
  }
  project.provide("neo4j", provisioned.connection);
  project.provide("neo4jInstance", provisioned.localInstance ?? null);
  return async () => {
    await provisioned.release();
  };
}
