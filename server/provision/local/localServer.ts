// Lifecycle of the local Neo4j 5.26 Community server: start (or reuse), status and clean stop.
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { z } from "zod";
import { ProvisionError } from "../../errors";
import { waitForBolt } from "../waitForBolt";
import { type Credentials, readOrCreateCredentials } from "./credentials";
import { ensureServerJars } from "./fetchServer";
import { pickPort } from "./freePort";
import { findJava } from "./javaRuntime";
import { jvmArgs, MEMORY_PROFILES, renderNeo4jConf } from "./neo4jConf";
import {
  type Instance,
  type InstanceKind,
  type InstancePaths,
  instanceKind,
  instancePaths,
  NEO4J_VERSION,
} from "./paths";
import { findServerPids, isAlive, isServerFor, terminate } from "./processes";

const State = z.object({
  pid: z.number().int(),
  boltPort: z.number().int(),
  version: z.string(),
  startedAt: z.string(),
});
type State = z.infer<typeof State>;

export interface LocalServerInfo {
  instance: Instance;
  running: boolean;
  pid?: number;
  boltUri?: string;
  username: string;
  credentialsFile: string;
  home: string;
  logFile: string;
  version: string;
}

export interface LocalStartResult extends LocalServerInfo {
  credentials: Credentials;
  reused: boolean;
  /** True when the database was created by this start (fresh data directory). */
  fresh: boolean;
}

const PREFERRED_PORT: Record<InstanceKind, number | undefined> = {
  dev: 7687,
  test: undefined,
  "test-run": undefined,
  bench: undefined,
  scratch: undefined,
};
const START_TIMEOUT_MS = 180_000;

async function readState(paths: InstancePaths): Promise<State | undefined> {
  if (!existsSync(paths.stateFile)) return undefined;
  const parsed = State.safeParse(JSON.parse(await readFile(paths.stateFile, "utf8").catch(() => "{}")));
  return parsed.success ? parsed.data : undefined;
}

/** The live server for this instance, if any; a state file whose pid is dead or foreign is removed. */
async function liveState(paths: InstancePaths): Promise<State | undefined> {
  const state = await readState(paths);
  if (state && isServerFor(state.pid, paths.home)) return state;
  if (state) await rm(paths.stateFile, { force: true });
  return undefined;
}

function info(instance: Instance, paths: InstancePaths, state: State | undefined): LocalServerInfo {
  return {
    instance,
    running: state !== undefined,
    ...(state ? { pid: state.pid, boltUri: `bolt://127.0.0.1:${state.boltPort}` } : {}),
    username: "neo4j",
    credentialsFile: paths.credentialsFile,
    home: paths.home,
    logFile: paths.consoleLog,
    version: state?.version ?? NEO4J_VERSION,
  };
}

/** neo4j-admin dbms set-initial-password on an instance whose data directory has no users yet. */
export async function setInitialPassword(
  java: string,
  lib: string,
  paths: InstancePaths,
  password: string,
): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      java,
      ["-cp", `${lib}/*`, "org.neo4j.cli.AdminTool", "dbms", "set-initial-password", "--", password],
      { env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      output += d.toString();
    });
    child.once("error", reject);
    child.once("close", (code) =>
      code === 0 ? resolve() : reject(new ProvisionError(`set-initial-password failed (exit ${code}): ${output}`)),
    );
  });
}

async function tail(file: string, lines = 20): Promise<string> {
  const text = await readFile(file, "utf8").catch(() => "");
  return text.split("\n").slice(-lines).join("\n");
}

export async function localStatus(root: string, instance: Instance): Promise<LocalServerInfo> {
  const paths = instancePaths(root, instance);
  return info(instance, paths, await liveState(paths));
}

export interface StartOptions {
  log?: (line: string) => void;
  /** Extra neo4j.conf lines, appended after the project's own (tests use this to provoke failures). */
  extraConfig?: Record<string, string>;
  timeoutMs?: number;
  /** Listen on this Bolt port instead of picking one: a restart that running clients must find again (outage tests). */
  boltPort?: number;
}

export async function startLocalServer(
  root: string,
  instance: Instance,
  options: StartOptions = {},
): Promise<LocalStartResult> {
  const log = options.log ?? (() => {});
  const timeoutMs = options.timeoutMs ?? START_TIMEOUT_MS;
  const paths = instancePaths(root, instance);
  const { credentials } = await readOrCreateCredentials(paths.credentialsFile);
  const existing = await liveState(paths);
  if (existing) {
    const uri = `bolt://127.0.0.1:${existing.boltPort}`;
    const ready = await waitForBolt(uri, credentials.username, credentials.password, {
      timeoutMs,
      abortReason: () => (isAlive(existing.pid) ? undefined : "the running server exited"),
    });
    if (ready.ok) {
      log(`Reusing the local Neo4j already running (pid ${existing.pid}) on ${uri}.`);
      return { ...info(instance, paths, existing), credentials, reused: true, fresh: false };
    }
    throw new ProvisionError(
      `The local Neo4j (pid ${existing.pid}) is running but ${ready.reason}. See ${paths.consoleLog}`,
    );
  }
  // A server for this home without a state file (state lost): stop it before starting cleanly.
  for (const pid of findServerPids(paths.home)) await terminate(pid);

  const java = await findJava();
  const lib = await ensureServerJars(root, log);
  const boltPort = options.boltPort ?? (await pickPort(PREFERRED_PORT[instanceKind(instance)]));
  await Promise.all(
    [paths.conf, paths.data, paths.logs, dirname(paths.stateFile)].map((d) => mkdir(d, { recursive: true })),
  );
  const memory = MEMORY_PROFILES[instanceKind(instance)];
  // The bench wipes and lays out a million nodes in single statements (CALL … IN TRANSACTIONS): 60 s is too short.
  const transactionTimeout = instanceKind(instance) === "bench" ? "900s" : "60s";
  await writeFile(
    paths.confFile,
    renderNeo4jConf({ boltPort, dataDir: paths.data, logsDir: paths.logs, memory, transactionTimeout }) +
      Object.entries(options.extraConfig ?? {})
        .map(([k, v]) => `${k}=${v}\n`)
        .join(""),
  );
  const fresh = !existsSync(join(paths.data, "dbms", "auth.ini")) && !existsSync(join(paths.data, "databases"));
  if (fresh) await setInitialPassword(java, lib, paths, credentials.password);

  const out = openSync(paths.consoleLog, "a");
  const child = spawn(
    java,
    [
      ...jvmArgs(memory),
      "-cp",
      `${lib}/*`,
      "org.neo4j.server.CommunityEntryPoint",
      `--home-dir=${paths.home}`,
      `--config-dir=${paths.conf}`,
      "--console-mode",
    ],
    {
      detached: true,
      stdio: ["ignore", out, out],
      env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf },
    },
  );
  closeSync(out);
  child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new ProvisionError(`Could not launch ${java}. See ${paths.consoleLog}`);
  const state: State = { pid, boltPort, version: NEO4J_VERSION, startedAt: new Date().toISOString() };
  await writeFile(paths.stateFile, `${JSON.stringify(state)}\n`);
  log(`Starting local Neo4j ${NEO4J_VERSION} (pid ${pid}) on bolt://127.0.0.1:${boltPort} ...`);

  const uri = `bolt://127.0.0.1:${boltPort}`;
  const ready = await waitForBolt(uri, credentials.username, credentials.password, {
    timeoutMs,
    abortReason: () => (isAlive(pid) ? undefined : "the Neo4j process exited during start-up"),
  });
  if (!ready.ok) {
    if (isAlive(pid)) await terminate(pid, 20_000);
    await rm(paths.stateFile, { force: true });
    throw new ProvisionError(
      `Local Neo4j did not start: ${ready.reason}.\nLog file: ${paths.consoleLog}\n--- last lines ---\n${await tail(paths.consoleLog)}`,
    );
  }
  return { ...info(instance, paths, state), credentials, reused: false, fresh };
}

export async function stopLocalServer(root: string, instance: Instance): Promise<{ stopped: number[] }> {
  const paths = instancePaths(root, instance);
  const state = await readState(paths);
  const pids = new Set(findServerPids(paths.home));
  if (state && isServerFor(state.pid, paths.home)) pids.add(state.pid);
  for (const pid of pids) await terminate(pid);
  await rm(paths.stateFile, { force: true });
  return { stopped: [...pids] };
}
