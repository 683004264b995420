// Test runs on one machine never share a Neo4j: each run provisions a server in a home of its own, and homes whose
// owning process died (a killed run) are stopped and deleted by the next run.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { ownedHome, sweepOrphanHomes } from "../../server/provision/local/ownedHomes";
import { cacheRoot, testRunsDir } from "../../server/provision/local/paths";

const parent = mkdtempSync(join(tmpdir(), "kg-owned-homes-"));

afterAll(() => rmSync(parent, { recursive: true, force: true }));

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

function homeOwnedBy(name: string, owner: unknown): string {
  const home = join(parent, name);
  mkdirSync(join(home, "data"), { recursive: true });
  writeFileSync(join(home, "owner.json"), `${JSON.stringify({ pid: owner })}\n`);
  return home;
}

describe("homes owned by a process", () => {
  it("should delete the homes of dead owners, and keep live owners' homes, unowned folders and odd owner files", async () => {
    const dead = homeOwnedBy("run-dead", deadPid());
    const alive = homeOwnedBy("run-alive", process.ppid);
    const garbled = homeOwnedBy("run-garbled", "not a pid");
    const unowned = join(parent, "unowned");
    mkdirSync(unowned);
    await sweepOrphanHomes(cacheRoot(process.env), parent);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(alive)).toBe(true);
    expect(existsSync(garbled)).toBe(true);
    expect(existsSync(unowned)).toBe(true);
  });

  it("should give this process its home, recorded as the owner, and sweep dead owners' homes on the way", async () => {
    const dead = homeOwnedBy("run-dead-2", deadPid());
    const instance = await ownedHome(cacheRoot(process.env), parent, "run-mine", "test-run");
    expect(instance).toEqual({ kind: "test-run", home: join(parent, "run-mine") });
    expect(existsSync(join(instance.home, "owner.json"))).toBe(true);
    expect(existsSync(dead)).toBe(false);
  });
});

describe.skipIf(inject("neo4j").route !== "local" || process.env.KG_KEEP_NEO4J === "1")("this run's Neo4j", () => {
  it("should run in a home of this test run under instances/test-runs/, not in the shared test instance", () => {
    const instance = inject("neo4jInstance");
    expect(instance).toMatchObject({ kind: "test-run" });
    expect(typeof instance === "object" && instance?.home.startsWith(testRunsDir(cacheRoot(process.env)))).toBe(true);
  });
});
