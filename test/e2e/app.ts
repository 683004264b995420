// Starts the real explorer for browser tests: test Neo4j with the seed, a fresh client build, the app on a free port.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { prepareGraph } from "../../server/bootstrap/prepareDatabase";
import { readEnv } from "../../server/config/env";
import { createApp } from "../../server/http/app";
import { describeSeed, ingestSeed } from "../../server/ingest/seed";
import { createLogger } from "../../server/log/logger";
import type { Neo4jConnection } from "../../server/neo4j/connection";
import { createDb } from "../../server/neo4j/driver";
import { createLiveness } from "../../server/neo4j/liveness";
import { assertTestDatabase, markAsTestDatabase } from "../../server/neo4j/testDatabase";
import { provisionNeo4j } from "../../server/provision";
import type { Instance } from "../../server/provision/local/paths";

export const ROOT = resolve(import.meta.dirname, "../..");
export const CLIENT_DIST = resolve(ROOT, "client/dist");
export const CHROMIUM = process.env.KG_CHROMIUM ?? "/usr/bin/chromium";

export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Browser tests need Debian's Chromium at ${CHROMIUM}, which is missing. Install it with:\n` +
        "  apt-get update && apt-get install -y chromium fonts-noto-core\n" +
        "(or point KG_CHROMIUM at another Chromium binary). Never run `npx playwright install`.",
    );
  }
}

/** Builds the client with Vite in a child process, so the served bundle is always the current code. */
export async function buildClient(log: (line: string) => void): Promise<void> {
  const vite = resolve(ROOT, "node_modules/vite/bin/vite.js");
  await new Promise<void>((done, fail) => {
    const child = spawn(process.execPath, [vite, "build", "--config", "client/vite.config.ts", "--logLevel", "warn"], {
      cwd: ROOT,
      // The test hook (window.__kg) is built in only on request.
      env: { ...process.env, VITE_KG_TEST_HOOK: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.once("error", fail);
    child.once("exit", (code) => (code === 0 ? done() : fail(new Error(`vite build failed (${code}):\n${output}`))));
  });
  if (!existsSync(resolve(CLIENT_DIST, "index.html"))) throw new Error("vite build produced no client/dist/index.html");
  log("Client built into client/dist.");
}

export interface RunningApp {
  url: string;
  connection: Neo4jConnection;
  /** The local route's instance the app runs on (see provisionNeo4j); null on other routes. */
  instance: Instance | null;
  /** The workbench's folder (drafts, commits, saved document folders) of this run, removed by close(). */
  workbenchDir: string;
  close(): Promise<void>;
}

export async function startTestApp(log: (line: string) => void): Promise<RunningApp> {
  const keep = process.env.KG_KEEP_NEO4J === "1";
  const provisioned = await provisionNeo4j({ purpose: "test", stopOnRelease: !keep, log });
  const { connection } = provisioned;
  const db = createDb(connection);
  try {
    // Only databases this run provisioned are marked automatically; a NEO4J_URI database must carry the marker already.
    if (connection.route !== "env") await markAsTestDatabase(db);
    await assertTestDatabase(db);
    await prepareGraph(db);
    log(describeSeed(await ingestSeed(db)));
  } catch (error) {
    await db.close();
    await provisioned.release();
    throw error;
  }
  // The browser tests talk to a loopback server without a token, whatever the shell exports.
  const { API_TOKEN: _token, ...rest } = process.env;
  // The workbench writes drafts and saved folders into a folder of this run, never the user's own.
  const workbenchDir = mkdtempSync(join(tmpdir(), "kg-e2e-workbench-"));
  const env = readEnv({
    ...rest,
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: "warn",
    KG_WORKBENCH_DIR: workbenchDir,
    KG_AUTHOR: "E2E Researcher",
    // Small enough for the browser test to offer a file over the limit without moving megabytes.
    KG_WORKBENCH_MAX_UPLOAD_BYTES: String(1024 * 1024),
  });
  // The liveness probe as `npm start` runs it, so the browser sees the same 503s and health the real server gives.
  const liveness = createLiveness(connection, {
    intervalMs: env.KG_NEO4J_PING_INTERVAL_MS,
    timeoutMs: env.KG_NEO4J_PING_TIMEOUT_MS,
  });
  liveness.start();
  const app = createApp({ db, connection, env, logger: createLogger("silent"), liveness }, { clientDist: CLIENT_DIST });
  const server: Server = await new Promise((done, fail) => {
    const s = app.listen(0, "127.0.0.1", () => done(s));
    s.once("error", fail);
  });
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("the test app has no TCP address");
  const url = `http://127.0.0.1:${address.port}/`;
  log(`Explorer under test: ${url}`);
  return {
    url,
    connection,
    instance: provisioned.localInstance ?? null,
    workbenchDir,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await liveness.stop();
      await db.close();
      await provisioned.release();
      rmSync(workbenchDir, { recursive: true, force: true });
    },
  };
}
