// What the database says of itself: Neo4j's version and edition, and how many nodes and relationships it holds.
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { toPlain } from "../neo4j/values";

export interface DatabaseInfo {
  version: string | null;
  edition: string | null;
  nodes: number | null;
  relationships: number | null;
}

const asNumber = (value: unknown): number | null => (typeof value === "number" ? value : null);
const asString = (value: unknown): string | null => (typeof value === "string" ? value : null);

/**
 * `dbms.components()` and the two counts from the count store, read at once. Rejects with the driver's error when
 * Neo4j fails (the caller decides what an outage means); a missing value is null.
 */
export async function readDatabaseInfo(db: Db): Promise<DatabaseInfo> {
  const [components, counts] = await Promise.all([
    db.read(cypher("health/components")),
    db.read(cypher("health/counts")),
  ]);
  const c = components.records[0];
  const n = counts.records[0];
  return {
    version: asString(c?.get("version")),
    edition: asString(c?.get("edition")),
    nodes: asNumber(toPlain(n?.get("nodes"))),
    relationships: asNumber(toPlain(n?.get("relationships"))),
  };
}
