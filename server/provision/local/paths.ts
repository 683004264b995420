// Where the local Neo4j server's jars, configuration, data, logs and credentials live: a cache outside git.
import { homedir } from "node:os";
import { join, resolve } from "node:path";

export const NEO4J_VERSION = "5.26.30";

/** Named instances keep start, tests and benchmarks from touching each other's data. */
export type InstanceName = "dev" | "test" | "bench";

/** A throwaway server in a home directory its caller chooses and deletes (test/readers: a second, empty Neo4j). */
export interface ScratchInstance {
  kind: "scratch";
  home: string;
}

/**
 * One test run's own server (`npm test` without KG_KEEP_NEO4J): a fresh home under `instances/test-runs/`, owned by
 * the test runner's process and deleted when the run ends, so two runs on one machine never share a database.
 */
export interface TestRunInstance {
  kind: "test-run";
  home: string;
}

/** An instance whose home belongs to one process (server/provision/local/ownedHomes.ts). */
export type OwnedInstance = ScratchInstance | TestRunInstance;

export type Instance = InstanceName | OwnedInstance;
export type InstanceKind = InstanceName | OwnedInstance["kind"];

export function instanceKind(instance: Instance): InstanceKind {
  return typeof instance === "string" ? instance : instance.kind;
}

export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KG_CACHE_DIR) return resolve(env.KG_CACHE_DIR);
  const xdg = env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return join(xdg, "kg-explorer");
}

export interface InstancePaths {
  root: string;
  home: string;
  conf: string;
  confFile: string;
  data: string;
  logs: string;
  consoleLog: string;
  stateFile: string;
  credentialsFile: string;
}

/** Where test runs keep their own servers' homes. */
export function testRunsDir(root: string): string {
  return join(root, "instances", "test-runs");
}

export function serverDir(root: string, version = NEO4J_VERSION): string {
  return join(root, `neo4j-${version}`);
}

export function instancePaths(root: string, instance: Instance): InstancePaths {
  const home = typeof instance === "string" ? join(root, "instances", instance) : resolve(instance.home);
  return {
    root,
    home,
    conf: join(home, "conf"),
    confFile: join(home, "conf", "neo4j.conf"),
    data: join(home, "data"),
    logs: join(home, "logs"),
    consoleLog: join(home, "logs", "console.log"),
    stateFile: join(home, "run", "state.json"),
    credentialsFile: join(home, "credentials.json"),
  };
}
