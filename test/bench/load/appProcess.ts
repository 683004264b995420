// Runs the real explorer (`server/cli/start.ts`) in a child process on 127.0.0.1 against a given Neo4j, for the load run.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Neo4jConnection } from "../../../server/neo4j/connection";

const ROOT = resolve(import.meta.dirname, "../../..");
const START_TIMEOUT_MS = 180_000;

export interface AppProcess {
  url: string;
  pid: number;
  rssBytes(): number;
  stop(): Promise<void>;
}

/** Resident set size of a live process, from /proc (Linux). */
export function rssOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS:"));
  return Number(/(\d+)/.exec(line ?? "")?.[1] ?? 0) * 1024;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((r) => {
    const timer = setTimeout(() => r(false), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      r(true);
    });
  });
}

/**
 * The node arguments of `npm run serve` (package.json is their one home): the explorer runs here with the same V8
 * flags as for users, e.g. a larger young generation, which cuts garbage collection under many small requests.
 */
function serveArguments(): string[] {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8")) as { scripts: { serve: string } };
  const [command, ...args] = pkg.scripts.serve.split(/\s+/);
  if (command !== "node") throw new Error(`npm run serve should start with node, not ${command}`);
  return args;
}

/** Starts the app with `extraEnv` (and `nodeArgs` before the script, e.g. --cpu-prof) on a free loopback port; resolves once it prints its URL. */
export async function startAppProcess(
  connection: Neo4jConnection,
  extraEnv: Record<string, string>,
  nodeArgs: readonly string[] = [],
): Promise<AppProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...extraEnv,
    NEO4J_URI: connection.uri,
    NEO4J_USERNAME: connection.username,
    NEO4J_PASSWORD: connection.password,
    KG_NEO4J_ROUTE: "env",
    HOST: "127.0.0.1",
    PORT: "0",
  };
  delete env.API_TOKEN;
  if (connection.database) env.NEO4J_DATABASE = connection.database;
  const child = spawn(process.execPath, [...nodeArgs, ...serveArguments()], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error("could not start the explorer process");
  let output = "";
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the explorer did not start in time:\n${output}`)),
      START_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Explorer:\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        child.stdout?.off("data", onData);
        child.stderr?.off("data", onData);
        resolveUrl(found[1]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the explorer exited (${code}) before serving:\n${output}`));
    });
  });
  child.stdout?.resume();
  child.stderr?.resume();
  return {
    url,
    pid,
    rssBytes: () => rssOf(pid),
    stop: async () => {
      child.kill("SIGTERM");
      if (!(await waitForExit(child, 15_000))) {
        child.kill("SIGKILL");
        await waitForExit(child, 5000);
      }
    },
  };
}
