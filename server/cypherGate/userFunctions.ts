// The server's user-defined functions, read with SHOW FUNCTIONS and kept a short while, so the gate can refuse them.
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";

/** How long a read list is trusted: plugins only change with a server restart, which this bounds. */
export const USER_FUNCTIONS_TTL_MS = 60_000;

/** Reads the names of the server's non-built-in functions (e.g. "apoc.text.join"); throws what the driver throws. */
export async function readUserFunctions(db: Db): Promise<string[]> {
  const result = await db.read(cypher("gate/user-functions"));
  return result.records.map((r) => String(r.get("name")));
}

/**
 * Wraps `read` in a per-Db cache: one read per `ttlMs` milliseconds of `now()`, shared by concurrent callers. A
 * failed read is not kept, so the next query asks again (and, until one succeeds, every query fails: closed).
 */
export function cachedUserFunctions(
  read: (db: Db) => Promise<readonly string[]>,
  ttlMs: number,
  now: () => number = Date.now,
): (db: Db) => Promise<readonly string[]> {
  const cache = new WeakMap<Db, { at: number; names: Promise<readonly string[]> }>();
  return (db) => {
    const hit = cache.get(db);
    if (hit && now() - hit.at < ttlMs) return hit.names;
    const names = read(db);
    const entry = { at: now(), names };
    cache.set(db, entry);
    names.catch(() => {
      if (cache.get(db) === entry) cache.delete(db);
    });
    return names;
  };
}

/** The server's non-built-in function names, read at most once a minute per Db. */
export const userFunctionsOf = cachedUserFunctions(readUserFunctions, USER_FUNCTIONS_TTL_MS);
