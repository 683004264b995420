// Imports CSV files with Neo4j's own neo4j-admin (database import full) into a throwaway store, then serves that store.
import { readFile, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { readOrCreateCredentials } from "../../server/provision/local/credentials";
import { ensureServerJars } from "../../server/provision/local/fetchServer";
import { findJava } from "../../server/provision/local/javaRuntime";
import { setInitialPassword } from "../../server/provision/local/localServer";
import { cacheRoot, instancePaths } from "../../server/provision/local/paths";
import { ReaderSetupError } from "./errors";
import { run } from "./run";
import { DEFAULT_SCRATCH_OPTIONS, makeScratchHome, type ScratchNeo4j, startScratchInstance } from "./scratchNeo4j";

export type { ScratchNeo4j } from "./scratchNeo4j";

export interface Neo4jAdminImportRequest {
  /**
   * One `--nodes=` value each, as neo4j-admin takes it: `file.csv`, `header.csv,part1.csv`, or `Label=file.csv`.
   * Relative paths are resolved against the working directory.
   */
  nodes: string[];
  /** One `--relationships=` value each: `file.csv` or `TYPE=file.csv`. */
  relationships: string[];
  /**
   * More options for `database import full`, e.g. `--array-delimiter=|`, `--skip-bad-relationships`. Unless given here,
   * the harness adds `--report-file=<home>/import.report` and `--max-off-heap-memory=512m`.
   */
  extraArgs?: string[];
  /** Start a server on the imported store when the import succeeds (default true). */
  start?: boolean;
  log?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}

export interface Neo4jAdminImportResult {
  /** neo4j-admin's exit code: 0 when the import succeeded. */
  exitCode: number;
  stdout: string;
  stderr: string;
  /** The bad-entries report neo4j-admin wrote (--report-file), "" when it wrote none. */
  badEntries: string;
  /** The command line neo4j-admin ran with (after `java -cp <lib>/* org.neo4j.cli.AdminTool`). */
  args: string[];
  /** The server on the imported store; undefined when the import failed or `start` was false. */
  db: ScratchNeo4j | undefined;
  /** The throwaway home (conf/, data/, logs/, import.report). */
  home: string;
  /** Stops the server, if any, and deletes the home. Call it in every case; safe to call twice. */
  stop(): Promise<void>;
}

function hasOption(args: string[], name: string): boolean {
  return args.some((a) => a === name || a.startsWith(`${name}=`));
}

/** `path`, `a,b` or `Label=a,b` with each file made absolute (neo4j-admin runs in the throwaway home). */
function absoluteFiles(value: string): string {
  const eq = value.lastIndexOf("=");
  const prefix = eq >= 0 ? value.slice(0, eq + 1) : "";
  const files = eq >= 0 ? value.slice(eq + 1) : value;
  return (
    prefix +
    files
      .split(",")
      .map((f) => resolve(f))
      .join(",")
  );
}

/**
 * Runs `neo4j-admin database import full` (org.neo4j.cli.AdminTool on the project's Neo4j 5.26 jars and Java) into the
 * default database of a fresh, empty scratch home under `<readers cache>/neo4j/`, then, when it succeeds, sets the
 * instance's generated password and starts a second server on that store (a free port, auth on), so a test can query
 * what neo4j-admin made of the files. A failed import is a result (exitCode ≠ 0, stderr, badEntries), not an error.
 * Throws ReaderSetupError when Java or the Neo4j jars cannot be had, ProvisionError when the server cannot start.
 */
export async function importWithNeo4jAdmin(request: Neo4jAdminImportRequest): Promise<Neo4jAdminImportResult> {
  const env = request.env ?? DEFAULT_SCRATCH_OPTIONS.env;
  const log = request.log ?? DEFAULT_SCRATCH_OPTIONS.log;
  const root = cacheRoot(env);
  const instance = await makeScratchHome(env);
  const paths = instancePaths(root, instance);
  const remove = () => rm(instance.home, { recursive: true, force: true });
  let java: string;
  let lib: string;
  try {
    java = await findJava(env);
    lib = await ensureServerJars(root, log);
  } catch (error) {
    await remove();
    throw new ReaderSetupError("neo4j-admin", error instanceof Error ? error.message : String(error), { cause: error });
  }

  const reportFile = join(instance.home, "import.report");
  const extra = request.extraArgs ?? [];
  const args = [
    "database",
    "import",
    "full",
    ...request.nodes.map((n) => `--nodes=${absoluteFiles(n)}`),
    ...request.relationships.map((r) => `--relationships=${absoluteFiles(r)}`),
    ...(hasOption(extra, "--report-file") ? [] : [`--report-file=${reportFile}`]),
    ...(hasOption(extra, "--max-off-heap-memory") ? [] : ["--max-off-heap-memory=512m"]),
    ...extra,
    "neo4j",
  ];
  // The store goes to <home>/data/databases/neo4j: neo4j-admin's default data directory under NEO4J_HOME.
  const result = await run(java, ["-Xmx1g", "-cp", `${lib}/*`, "org.neo4j.cli.AdminTool", ...args], {
    cwd: instance.home,
    env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf },
  });
  const badEntries = await readFile(reportFile, "utf8").catch(() => "");
  const answer = { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr, badEntries, args };
  if (result.exitCode !== 0 || request.start === false) {
    return { ...answer, db: undefined, home: instance.home, stop: remove };
  }

  // startLocalServer sets the password only on a fresh data directory; this one holds the imported store already.
  try {
    const { credentials } = await readOrCreateCredentials(paths.credentialsFile);
    await setInitialPassword(java, lib, paths, credentials.password);
  } catch (error) {
    await remove();
    throw error;
  }
  const db = await startScratchInstance(instance, { env, log });
  return { ...answer, db, home: instance.home, stop: db.stop };
}
