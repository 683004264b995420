// Versioned, idempotent data migrations run at every start (and before every ingest), after the schema.
import { NORMALIZER_VERSION, searchKeysOf } from "@domain/text/normalize";
import neo4j from "neo4j-driver";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";

export interface EntityNames {
  id: string;
  name: string;
  nameAr: string | null;
  aliases: string[];
  searchKeys: string[];
  searchText: string | null;
}

/**
 * Pure: the search fields an entity's names give under the current normaliser: `searchKeys`, the distinct keys of
 * name, Arabic name and aliases, and `searchText`, name, Arabic name, aliases and keys joined by newlines (as
 * cypher/ingest/merge-entities.cypher writes it).
 */
export function searchFieldsOf(e: Pick<EntityNames, "name" | "nameAr" | "aliases">): {
  searchKeys: string[];
  searchText: string;
} {
  const names = [e.name, ...(e.nameAr === null ? [] : [e.nameAr]), ...e.aliases];
  const searchKeys = searchKeysOf(names);
  return { searchKeys, searchText: [...names, ...searchKeys].join("\n") };
}

/** Pure: the entities of a page whose stored search fields differ from what the current normaliser gives. */
export function staleSearchFields(
  page: readonly EntityNames[],
): Array<{ id: string } & ReturnType<typeof searchFieldsOf>> {
  const rows: Array<{ id: string } & ReturnType<typeof searchFieldsOf>> = [];
  for (const e of page) {
    const fresh = searchFieldsOf(e);
    const same =
      fresh.searchText === e.searchText &&
      fresh.searchKeys.length === e.searchKeys.length &&
      fresh.searchKeys.every((k, i) => k === e.searchKeys[i]);
    if (!same) rows.push({ id: e.id, ...fresh });
  }
  return rows;
}

export interface MigrationReport {
  /** Entities whose searchKeys/searchText were recomputed (0 when the normaliser version was already current). */
  searchKeysRecomputed: number;
  /** Relationships and claims given empty authorship lists. */
  authorshipFilled: number;
  normalizerVersion: number;
  /** Entities, claims and sources given their stored `degree` (0 once every node has one). */
  degreesSet: number;
}

const PAGE = 5000;

/** Recomputes every entity's search fields when the stored normaliser version is not the current one. */
async function migrateSearchKeys(db: Db): Promise<number> {
  const meta = await db.read(cypher("migrate/meta"));
  const stored = meta.records[0]?.get("normalizerVersion");
  const version = neo4j.isInt(stored) ? stored.toNumber() : stored;
  if (version === NORMALIZER_VERSION) return 0;
  let after = "";
  let changed = 0;
  for (;;) {
    const page = await db.read(cypher("migrate/entity-names"), { after, limit: neo4j.int(PAGE) });
    const entities = page.records.map((r) => r.toObject() as unknown as EntityNames);
    if (entities.length === 0) break;
    const rows = staleSearchFields(entities);
    if (rows.length > 0) await db.write(cypher("migrate/set-search-keys"), { rows });
    changed += rows.length;
    after = entities[entities.length - 1]?.id ?? after;
    if (entities.length < PAGE) break;
  }
  await db.write(cypher("migrate/set-normalizer-version"), { version: neo4j.int(NORMALIZER_VERSION) });
  return changed;
}

/**
 * Gives every entity, claim and source written before the degree was stored its `degree`, in batched transactions of
 * their own (CALL … IN TRANSACTIONS needs an auto-commit transaction, so this runs on a session, not executeQuery).
 */
async function migrateDegrees(db: Db): Promise<number> {
  const session = db.driver.session({
    defaultAccessMode: neo4j.session.WRITE,
    ...(db.database ? { database: db.database } : {}),
  });
  try {
    const result = await session.run(cypher("migrate/node-degrees"));
    const v = result.records[0]?.get("nodes");
    return neo4j.isInt(v) ? v.toNumber() : Number(v ?? 0);
  } finally {
    await session.close();
  }
}

/**
 * Brings stored data up to the current model: search keys recomputed when the normaliser changed (recorded on the
 * `(:KgMeta {id: 'kg-explorer-graph-meta'})` node), and evidence without authorship lists given empty ones, and nodes without a stored degree given theirs. Each
 * step is idempotent: a second run writes nothing.
 */
export async function runMigrations(db: Db): Promise<MigrationReport> {
  const searchKeysRecomputed = await migrateSearchKeys(db);
  const filled = await db.write(cypher("migrate/evidence-authorship"));
  const record = filled.records[0];
  const count = (k: string) => {
    const v = record?.get(k);
    return neo4j.isInt(v) ? v.toNumber() : Number(v ?? 0);
  };
  const degreesSet = await migrateDegrees(db);
  return {
    searchKeysRecomputed,
    degreesSet,
    authorshipFilled: count("relationships") + count("claims"),
    normalizerVersion: NORMALIZER_VERSION,
  };
}
