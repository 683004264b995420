// Brings a database up to the explorer's schema (constraints and indexes) and data model, and ingests the seed.
import { describeSeed, ingestSeed } from "../ingest/seed";
import { cypher, statements } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { type MigrationReport, runMigrations } from "./migrations";

export async function applySchema(db: Db): Promise<number> {
  const list = statements(cypher("schema"));
  for (const statement of list) await db.write(statement);
  return list.length;
}

/** The schema, then the data migrations: what every writer (start, ingest, the test setup) runs first. */
export async function prepareGraph(db: Db): Promise<{ statements: number; migrations: MigrationReport }> {
  const statements = await applySchema(db);
  const migrations = await runMigrations(db);
  return { statements, migrations };
}

export async function prepareDatabase(db: Db, say: (line: string) => void): Promise<void> {
  const { statements, migrations } = await prepareGraph(db);
  say(`Schema: ${statements} constraints and indexes in place.`);
  if (migrations.searchKeysRecomputed > 0 || migrations.authorshipFilled > 0 || migrations.degreesSet > 0) {
    say(
      `Migrated: search keys of ${migrations.searchKeysRecomputed} entities recomputed (normaliser v${migrations.normalizerVersion}), ` +
        `authorship lists added to ${migrations.authorshipFilled} edges and claims, ` +
        `degree stored on ${migrations.degreesSet} nodes.`,
    );
  }
  say(describeSeed(await ingestSeed(db)));
}
