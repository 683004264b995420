// Outages in real Chromium: the API unreachable, then the real test Neo4j stopped under the running app; both recover.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startLocalServer, stopLocalServer } from "../../server/provision/local/localServer";
import { cacheRoot } from "../../server/provision/local/paths";
import { localTestInstance } from "../helpers/localInstance";
import { type Browser, openBrowser, screenshot } from "./browser";
import { openExplorer, searchAndPick, snapshot, waitFor } from "./helpers";

const url = inject("appUrl");
const connection = inject("neo4j");
const isLocal = connection.route === "local";
const root = cacheRoot(process.env);
const boltPort = Number(new URL(connection.uri).port);

/** Failed requests during an outage log "Failed to load resource"; those are expected here, nothing else is. */
/** Polls a URL until it answers 200, or fails after `timeoutMs`: a wait for a service, not a measure of its speed. */
async function answersOk(target: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(target).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${target} did not answer 200 within ${timeoutMs} ms`);
}

const unexpected = (errors: string[]) =>
  errors.filter((e) => !/Failed to load resource|net::ERR_|status of 503/.test(e));

describe("outages", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    // Whatever happened, leave the test server running for the files after this one.
    if (isLocal) await startLocalServer(root, localTestInstance(), { boltPort });
  });

  it("should show a banner while the API is unreachable and recover when it returns", async () => {
    const { page } = browser;
    await openExplorer(page, url);
    await page.route("**/api/**", (route) => route.abort("connectionrefused"));
    // Any request now fails; a failed search makes the explorer check its health at once.
    await page.getByTestId("search-input").fill("Zhao");
    const banner = page.getByTestId("health-banner");
    await banner.waitFor({ timeout: 15_000 });
    await expect(banner.textContent()).resolves.toContain("server is not answering");
    await screenshot(page, "09-outage-api");
    await page.unroute("**/api/**");
    await banner.waitFor({ state: "detached", timeout: 15_000 });
    const state = await snapshot(page);
    expect(state.health).toEqual({ api: true, neo4j: true });
    expect(state.nodes).toBe(65);
    expect(unexpected(browser.errors)).toEqual([]);
  });

  it.skipIf(!isLocal)(
    "should say the database is down while Neo4j is stopped, and work again when it returns",
    async () => {
      const { page } = browser;
      await openExplorer(page, url);
      const { stopped } = await stopLocalServer(root, localTestInstance());
      expect(stopped.length).toBeGreaterThan(0);
      // Searching now fails with a 503; the next health check (at most 10 s away) reports Neo4j unreachable.
      await page.getByTestId("search-input").fill("Zhao");
      const banner = page.getByTestId("health-banner");
      await banner.waitFor({ timeout: 20_000 });
      await expect(banner.textContent()).resolves.toContain("graph database (Neo4j) is not reachable");
      // The graph already on screen stays usable.
      expect((await snapshot(page)).nodes).toBe(65);
      await screenshot(page, "10-outage-neo4j");

      await startLocalServer(root, localTestInstance(), { boltPort });
      await banner.waitFor({ state: "detached", timeout: 60_000 });
      // A Neo4j that just started answers its first searches slowly (cold caches, the fulltext index coming online):
      // wait until the API answers one, so the page's own search is not judged by the restart's speed.
      await answersOk(`${url}api/search?q=Zhao`, 60_000);
      await searchAndPick(page, "Zhao", "person:matty-zhao");
      await waitFor(page, (s) => s.selected?.id === "person:matty-zhao");
      expect(unexpected(browser.errors)).toEqual([]);
    },
  );
});
