// A second, throwaway Neo4j server (the provisioner's "scratch" instance kind) in a home under the readers' cache.
import { randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { Neo4jConnection } from "../../server/neo4j/connection";
import { startLocalServer, stopLocalServer } from "../../server/provision/local/localServer";
import { ownedHome } from "../../server/provision/local/ownedHomes";
import { cacheRoot, type ScratchInstance } from "../../server/provision/local/paths";
import { readersCacheDir } from "./cache";

export interface ScratchOptions {
  log: (line: string) => void;
  /** Where KG_CACHE_DIR is read from. */
  env: NodeJS.ProcessEnv;
}

export const DEFAULT_SCRATCH_OPTIONS: ScratchOptions = { log: () => {}, env: process.env };

/** A running throwaway server: connect with `connection`, and call `stop()` when done. */
export interface ScratchNeo4j {
  /** Bolt on 127.0.0.1 and a free port, user neo4j with a generated password (route "local"). */
  connection: Neo4jConnection;
  /** The instance's home: conf/, data/, logs/console.log, credentials.json. Deleted by stop(). */
  home: string;
  pid: number;
  /** Stops the server (SIGTERM, then SIGKILL after 60 s) and deletes its home. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * A fresh, empty home directory for a scratch instance, under `<readers cache>/neo4j/`. Homes left by a process that
 * has since died are stopped and deleted first, so a crashed test run leaks neither a server nor its files.
 */
export async function makeScratchHome(env: NodeJS.ProcessEnv = process.env): Promise<ScratchInstance> {
  const parent = join(readersCacheDir(env), "neo4j");
  return ownedHome(cacheRoot(env), parent, `scratch-${process.pid}-${randomUUID().slice(0, 8)}`, "scratch");
}

/**
 * Starts a scratch instance in `instance.home` with the project's own provisioner (startLocalServer: the same
 * neo4j.conf, auth and generated password as dev/test, the "scratch" memory profile, a free port) and returns its
 * handle. On failure the home is deleted and the ProvisionError (naming the log file) is rethrown.
 */
export async function startScratchInstance(
  instance: ScratchInstance,
  options: Partial<ScratchOptions> = {},
): Promise<ScratchNeo4j> {
  const { env, log } = { ...DEFAULT_SCRATCH_OPTIONS, ...options };
  const root = cacheRoot(env);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await stopLocalServer(root, instance);
    await rm(instance.home, { recursive: true, force: true });
  };
  try {
    const started = await startLocalServer(root, instance, { log });
    return {
      connection: {
        uri: started.boltUri as string,
        username: started.credentials.username,
        password: started.credentials.password,
        route: "local",
        credentialsLocation: started.credentialsFile,
        startedHere: true,
      },
      home: instance.home,
      pid: started.pid as number,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * An empty second Neo4j 5.26 server (Community has one user database per server, so a second database means a
 * second instance), e.g. to load a Cypher script into and start the explorer on. Fetches the jars on first use.
 * Throws ProvisionError when Java or the server cannot start.
 */
export async function startScratchNeo4j(options: Partial<ScratchOptions> = {}): Promise<ScratchNeo4j> {
  const { env } = { ...DEFAULT_SCRATCH_OPTIONS, ...options };
  return startScratchInstance(await makeScratchHome(env), options);
}
