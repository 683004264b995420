// Stored XSS and CSP in real Chromium: hostile names, quotes, properties and titles show as text; no CSP violation.
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ingestDocuments } from "../../server/ingest/ingestDocuments";
import { createDb, type Db } from "../../server/neo4j/driver";
import { assertTestDatabase } from "../../server/neo4j/testDatabase";
import { type GraphChecksum, graphChecksum } from "../helpers/checksum";
import { type Browser, openBrowser, screenshot } from "./browser";
import { nodeOnPage, openExplorer, waitFor } from "./helpers";

const FIXTURE = resolve(import.meta.dirname, "../fixtures/xss/document.json");
/** Everything the fixture creates; the test deletes exactly these. */
const FIXTURE_IDS = [
  "xss-fixture",
  "org:xss-fixture-evil-corp",
  "org:xss-fixture-harmless-labs",
  "claim:xss-fixture-partnership",
];
const IMG = "<img src=x onerror=window.__xss=1>";
const SCRIPT = "<script>window.__xss=2</script>";

declare global {
  interface Window {
    __xss?: unknown;
    __cspViolations?: string[];
  }
}

describe("stored XSS and the Content-Security-Policy", () => {
  const url = inject("appUrl");
  let db: Db;
  let before: GraphChecksum;
  let browser: Browser;

  beforeAll(async () => {
    // The e2e setup's Neo4j (this run's own server), which must carry the test marker.
    db = createDb(inject("neo4j"));
    await assertTestDatabase(db);
    const existing = await db.read("MATCH (n) WHERE n.id IN $ids RETURN count(n) AS n", { ids: FIXTURE_IDS });
    expect(existing.records[0]?.get("n").toNumber(), "fixture ids already in the graph").toBe(0);
    before = await graphChecksum(db);
    await ingestDocuments(db, [FIXTURE]);
    browser = await openBrowser();
    // Runs before any page script (injected by the browser, outside the page's CSP).
    await browser.page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) => {
        window.__cspViolations?.push(`${e.violatedDirective} blocked ${e.blockedURI}`);
      });
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (db) {
      await db.write("MATCH (n) WHERE n.id IN $ids DETACH DELETE n", { ids: FIXTURE_IDS });
      expect(await graphChecksum(db)).toEqual(before);
      await db.close();
    }
  });

  it("should serve the page with the strict CSP and draw the graph without a single violation", async () => {
    const { page } = browser;
    const response = await page.goto(url);
    const csp = response?.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    await openExplorer(page, url);
    // ForceAtlas2 runs in a blob: worker: start it, let it draw, stop it.
    await page.getByTestId("tab-layout").click();
    await page.getByTestId("fa2-start").click();
    await waitFor(page, (s) => s.layoutRunning);
    await page.waitForTimeout(1000);
    await page.getByTestId("fa2-stop").click();
    await waitFor(page, (s) => !s.layoutRunning);
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(browser.errors.filter((e) => /content security policy/i.test(e))).toEqual([]);
  });

  it("should show an ingested name, quote, property and title as literal text and never run them", async () => {
    const { page } = browser;
    await openExplorer(page, url);
    await page.getByTestId("search-input").pressSequentially("Evil Corp", { delay: 20 });
    const hit = page.locator('[data-testid="search-hit"][data-id="org:xss-fixture-evil-corp"]');
    await hit.waitFor({ timeout: 10_000 });
    expect(await hit.textContent()).toContain(IMG);
    await hit.click();
    await waitFor(page, (s) => s.selected?.id === "org:xss-fixture-evil-corp");

    await expect(page.getByTestId("details-title").textContent()).resolves.toBe(`Evil Corp ${IMG}`);
    const relations = page.getByTestId("relations");
    await relations.waitFor({ timeout: 10_000 });
    const relationText = (await relations.textContent()) ?? "";
    expect(relationText).toContain(`Harmless Labs ${SCRIPT}`);
    expect(relationText).toContain("<img src=x onerror=window.__xss=5>");
    expect(relationText).toContain("<script>window.__xss=6</script>");
    const evidence = page.getByTestId("evidence").first();
    expect(await evidence.textContent()).toContain(
      `Evil Corp ${IMG} announced a partnership with Harmless Labs ${SCRIPT}`,
    );
    await expect(page.getByTestId("claims-stated").textContent()).resolves.toContain(SCRIPT);

    // Hover the node on the canvas (sigma's label and hover drawing), then read the quote in the source reader.
    const point = await nodeOnPage(page, "org:xss-fixture-evil-corp");
    await page.mouse.move(point.x, point.y);
    await page.getByTestId("open-source").first().click();
    const reader = page.getByTestId("source-reader");
    await reader.waitFor({ timeout: 10_000 });
    // The reader opens at once and fills in when the source arrives (slower right after a Neo4j restart).
    await waitFor(page, (s) => s.reader.status === "ready", 30_000);
    await expect(reader.textContent()).resolves.toContain("<img src=x onerror=window.__xss=4>");
    await expect(reader.textContent()).resolves.toContain(SCRIPT);
    await screenshot(page, "xss-as-text");

    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    const injected = await page.evaluate(() => ({
      images: document.querySelectorAll('img[src="x"]').length,
      scripts: [...document.scripts].filter((s) => s.textContent?.includes("__xss")).length,
    }));
    expect(injected).toEqual({ images: 0, scripts: 0 });
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  });

  it("should block an inline script even if one reached the DOM, and report it (the CSP as second line)", async () => {
    const { page } = browser;
    await openExplorer(page, url);
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__xss = 'inline'";
      document.body.append(script);
      const img = document.createElement("img");
      img.setAttribute("onerror", "window.__xss = 'handler'");
      img.src = "/no-such-image.png";
      document.body.append(img);
    });
    await page.waitForFunction(() => (window.__cspViolations?.length ?? 0) >= 2, null, { timeout: 5000 });
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    const violations = (await page.evaluate(() => window.__cspViolations)) ?? [];
    expect(violations.some((v) => v.startsWith("script-src-elem"))).toBe(true);
    expect(violations.some((v) => v.startsWith("script-src-attr"))).toBe(true);
  });
});
