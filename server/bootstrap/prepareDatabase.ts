// Brings a database up to the explorer's schema (constraints and indexes) and ingests the seed, idempotently.
import { describeSeed, ingestSeed } from "../ingest/seed";
import { cypher, statements } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";

export async function applySchema(db: Db): Promise<number> {
  const list = statements(cypher("schema"));
  for (const statement of list) await db.write(statement);
  return list.length;
}

export async function prepareDatabase(db: Db, say: (line: string) => void): Promise<void> {
  const applied = await applySchema(db);
  say(`Schema: ${applied} constraints and indexes in place.`);
  say(describeSeed(await ingestSeed(db)));
}
