// Server homes that belong to one process (a test run, a reader's scratch server): created with the owner's pid, and
// stopped and deleted by the next caller once that owner has died, so a killed run leaks neither a server nor its files.
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stopLocalServer } from "./localServer";
import type { OwnedInstance } from "./paths";
import { isAlive } from "./processes";

const OWNER_FILE = "owner.json";

/**
 * The home `<parent>/<name>` for `kind`, owned by this process (its pid in owner.json). Homes under `parent` whose
 * owner has died are stopped (their Neo4j, if any, by its home) and deleted first. `root` is the cache root whose jars
 * the servers run from. An existing home of this process is returned as it is (a second caller in the same run).
 */
export async function ownedHome<K extends OwnedInstance["kind"]>(
  root: string,
  parent: string,
  name: string,
  kind: K,
): Promise<OwnedInstance & { kind: K }> {
  await mkdir(parent, { recursive: true });
  await sweepOrphanHomes(root, parent);
  const home = join(parent, name);
  await mkdir(home, { recursive: true });
  await writeFile(join(home, OWNER_FILE), `${JSON.stringify({ pid: process.pid })}\n`);
  return { kind, home } as OwnedInstance & { kind: K };
}

/** Stops and deletes every home under `parent` whose owner.json names a pid that is neither this process nor alive. */
export async function sweepOrphanHomes(root: string, parent: string): Promise<void> {
  for (const entry of await readdir(parent).catch(() => [] as string[])) {
    const home = join(parent, entry);
    const ownerFile = join(home, OWNER_FILE);
    if (!existsSync(ownerFile)) continue;
    const owner = Number(JSON.parse(await readFile(ownerFile, "utf8").catch(() => "{}")).pid);
    if (Number.isInteger(owner) && owner !== process.pid && !isAlive(owner)) {
      await stopLocalServer(root, { kind: "scratch", home });
      await rm(home, { recursive: true, force: true });
    }
  }
}
