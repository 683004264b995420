// Test helpers: a Db on the provisioned test Neo4j, and a unique id namespace so each test deletes only what it made.
import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { createDb, type Db } from "../../server/neo4j/driver";

export function testDb(): Db {
  return createDb(inject("neo4j"));
}

/** A namespace such as "t-3f2a9c" for ids created by one test file; delete with deleteNamespace. */
export function testNamespace(): string {
  return `t-${randomUUID().slice(0, 8)}`;
}

export async function deleteNamespace(db: Db, ns: string): Promise<void> {
  await db.write("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix: `${ns}:` });
}
