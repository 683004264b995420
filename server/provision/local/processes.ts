// Finds and signals the local Neo4j server process by its home directory, so a lost or stale pid file never misleads us.
import { readdirSync, readFileSync } from "node:fs";

function cmdline(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** True when pid is a live Neo4j server launched for this home directory. */
export function isServerFor(pid: number, home: string): boolean {
  const line = cmdline(pid);
  if (line === undefined) return false;
  return line.includes("org.neo4j.server.CommunityEntryPoint") && line.includes(`--home-dir=${home} `);
}

/** Every live server process for this home, found through /proc. */
export function findServerPids(home: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  return entries
    .filter((e) => /^\d+$/.test(e))
    .map(Number)
    .filter((pid) => pid !== process.pid && isServerFor(pid, home));
}

/** SIGTERM, wait for a clean shutdown, then SIGKILL as a last resort. Resolves once the process is gone. */
export async function terminate(pid: number, graceMs = 60_000): Promise<"stopped" | "killed" | "gone"> {
  if (!isAlive(pid)) return "gone";
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return "stopped";
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(pid, "SIGKILL");
  while (isAlive(pid)) await new Promise((r) => setTimeout(r, 100));
  return "killed";
}
