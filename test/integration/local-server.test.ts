// The local route's lifecycle against a real Neo4j 5.26 process in a throwaway cache dir.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPortFree } from "../../server/provision/local/freePort";
import { localStatus, startLocalServer, stopLocalServer } from "../../server/provision/local/localServer";
import { instancePaths } from "../../server/provision/local/paths";
import { findServerPids } from "../../server/provision/local/processes";
import { waitForBolt } from "../../server/provision/waitForBolt";

const root = mkdtempSync(join(tmpdir(), "kg-local-server-"));
const home = instancePaths(root, "dev").home;
let blocker: Server | undefined;

beforeAll(async () => {
  // Stand in for a researcher's own Neo4j on 7687, when nothing holds it already.
  if (await isPortFree(7687)) {
    blocker = createServer();
    await new Promise<void>((r) => blocker?.listen(7687, "127.0.0.1", () => r()));
  }
});

afterAll(async () => {
  await stopLocalServer(root, "dev");
  await new Promise<void>((r) => (blocker ? blocker.close(() => r()) : r()));
  rmSync(root, { recursive: true, force: true });
});

describe("the local Neo4j server", { timeout: 240_000 }, () => {
  it("should fail with a message naming the log file when the server cannot start", async () => {
    // First a clean start and stop, so the failing start below skips password setup and reaches the server itself.
    await startLocalServer(root, "dev");
    await stopLocalServer(root, "dev");
    const failing = startLocalServer(root, "dev", { extraConfig: { "server.memory.pagecache.size": "not-a-size" } });
    await expect(failing).rejects.toThrow(instancePaths(root, "dev").consoleLog);
    expect(findServerPids(home)).toEqual([]);
  });

  it("should take a free port when 7687 is taken, and answer Bolt with its generated password", async () => {
    const started = await startLocalServer(root, "dev");
    expect(started.boltUri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(started.boltUri).not.toBe("bolt://127.0.0.1:7687");
    const ready = await waitForBolt(started.boltUri as string, "neo4j", started.credentials.password, {
      timeoutMs: 10_000,
    });
    expect(ready).toEqual({ ok: true });
    const wrong = await waitForBolt(started.boltUri as string, "neo4j", "wrong-password", { timeoutMs: 10_000 });
    expect(wrong.ok).toBe(false);
  });

  it("should reuse the running server on a second start", async () => {
    const first = await localStatus(root, "dev");
    const second = await startLocalServer(root, "dev");
    expect(second.reused).toBe(true);
    expect(second.pid).toBe(first.pid);
    expect(findServerPids(home)).toEqual([first.pid]);
  });

  it("should replace a stale pid file and start cleanly", async () => {
    await stopLocalServer(root, "dev");
    const paths = instancePaths(root, "dev");
    writeFileSync(
      paths.stateFile,
      JSON.stringify({ pid: 2 ** 22 + 7, boltPort: 1, version: "5.26.30", startedAt: new Date().toISOString() }),
    );
    expect((await localStatus(root, "dev")).running).toBe(false);
    const started = await startLocalServer(root, "dev");
    expect(started.reused).toBe(false);
    expect(started.pid).not.toBe(2 ** 22 + 7);
  });

  it("should stop cleanly and leave no Java process behind", async () => {
    const { stopped } = await stopLocalServer(root, "dev");
    expect(stopped.length).toBe(1);
    expect(findServerPids(home)).toEqual([]);
    expect((await localStatus(root, "dev")).running).toBe(false);
  });
});
