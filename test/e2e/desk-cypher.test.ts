// Cypher workspace feedback: an error clears the previous result, a run closes the completion pop-up, and Neo4j's
// message names the line the editor underlines.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, screenshot } from "./browser";
import { openExplorer, snapshot, waitFor } from "./helpers";

async function openWorkspace(page: Page): Promise<void> {
  if (!(await page.getByTestId("cypher-drawer").isVisible())) await page.getByTestId("open-cypher").click();
  await page.getByTestId("cypher-input").waitFor();
}

/** Puts `query` in the editor whole (no completion pop-up while typing). */
async function setQuery(page: Page, query: string): Promise<void> {
  await page.getByTestId("cypher-input").click();
  await page.keyboard.press("Control+a");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(query);
}

/** Runs with Ctrl+Enter; a run refused as CYPHER_BUSY (the drawer's schema query holding the worker) is run again. */
async function run(page: Page): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.keyboard.press("Control+Enter");
    await waitFor(page, (s) => s.workspace.status === "done" || s.workspace.status === "error", 30_000);
    if ((await snapshot(page)).workspace.error !== "CYPHER_BUSY") return;
    await page.waitForTimeout(500);
  }
}

const popup = (page: Page) => page.getByTestId("cypher-editor").locator(".cm-tooltip-autocomplete");

describe("desk Cypher workspace feedback", () => {
  const url = inject("appUrl");
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
    await openExplorer(browser.page, url);
    await openWorkspace(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("should clear the previous result after an error, so it cannot be added to the canvas", async () => {
    const { page } = browser;
    await page.getByTestId("params-input").fill("");
    await setQuery(page, "MATCH (c:Country) RETURN c");
    await run(page);
    await expect(page.getByTestId("result-add").isEnabled()).resolves.toBe(true);
    await setQuery(page, "MATCH (c:Country) RETURN c LIMT 1");
    await run(page);
    expect((await snapshot(page)).workspace).toMatchObject({ status: "error", error: "CYPHER_INVALID", rows: 0 });
    expect(await page.getByTestId("result-add").count()).toBe(0);
    expect(await page.getByTestId("result-replace").count()).toBe(0);
    await screenshot(page, "desk-cypher-1440x900-error-no-result");
  });

  it("should name in Neo4j's message the line the editor underlines", async () => {
    const { page } = browser;
    await setQuery(page, "MATCH (n:Organization)\nRETURN n LIMT 5");
    await run(page);
    const error = (await page.getByTestId("cypher-error").textContent()) ?? "";
    expect(error).toMatch(/line 2, column \d+/);
    expect(error).not.toMatch(/line 3/);
    await expect(page.getByTestId("cypher-editor").locator(".cm-lintRange-error").first().textContent()).resolves.toBe(
      "LIMT",
    );
  });

  it("should offer the parameters given, not property keys, after `$` inside a map literal", async () => {
    const { page } = browser;
    await page.getByTestId("params-input").fill('{"orgId": "org:deepseek", "maxRows": 5}');
    await setQuery(page, "");
    const options = () =>
      popup(page)
        .locator("li")
        .evaluateAll((els) => els.map((el) => el.querySelector(".cm-completionLabel")?.textContent ?? ""));
    // The editor knows the database's property keys (id, name, …), so offering none of them says something.
    await waitFor(page, (s) => s.workspace.propertyKeys > 0, 60_000);
    // Typed, not inserted: `$` is one of the editor's completion triggers.
    await page.keyboard.type("MATCH (n {id: $", { delay: 20 });
    await popup(page).waitFor();
    await expect.poll(options).toContain("$orgId");
    const shown = await options();
    expect(shown).toContain("$maxRows");
    // Nothing but parameters: no property key of the database (id, name, …) is offered.
    expect(shown.every((o) => o.startsWith("$"))).toBe(true);
    await screenshot(page, "desk-cypher-1440x900-param-completion");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.evaluate(() => document.querySelector('[data-testid="cypher-editor"]')?.shadowRoot?.textContent))
      .toContain("MATCH (n {id: $orgId");
    await page.keyboard.press("Escape");
    await page.getByTestId("params-input").fill("");
  });

  it("should say done only once the result is drawn, never while it runs or before the preview shows it", async () => {
    const { page } = browser;
    await setQuery(page, "MATCH (n)-[r]->(m) RETURN n, r, m LIMIT 50");
    // Watches the drawer: when "done" appears, how many nodes has the preview drawn, and how many did the answer hold?
    await page.evaluate(() => {
      const seen: { running: boolean; atDone: { drawn: string | null; summary: string | null }[] } = {
        running: false,
        atDone: [],
      };
      (window as unknown as { __kgDone: typeof seen }).__kgDone = seen;
      new MutationObserver(() => {
        const done = document.querySelector('[data-testid="cypher-done"]') !== null;
        if (document.querySelector('[data-testid="cypher-running"]')) {
          seen.running = true;
          if (done) seen.atDone.push({ drawn: "while running", summary: null });
        } else if (done && seen.running && seen.atDone.length === 0) {
          seen.atDone.push({
            drawn: document.querySelector<HTMLElement>('[data-testid="result-graph"]')?.dataset.drawnNodes ?? null,
            summary: document.querySelector('[data-testid="result-summary"]')?.textContent ?? null,
          });
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
    await run(page);
    await page.getByTestId("cypher-done").waitFor({ timeout: 30_000 });
    await screenshot(page, "desk-cypher-1440x900-done");
    const seen = await page.evaluate(
      () =>
        (
          window as unknown as {
            __kgDone: { running: boolean; atDone: { drawn: string | null; summary: string | null }[] };
          }
        ).__kgDone,
    );
    expect(seen.running).toBe(true);
    expect(seen.atDone).toHaveLength(1);
    const nodes = Number(/^(\d+) node/.exec(seen.atDone[0]?.summary ?? "")?.[1]);
    expect(nodes).toBeGreaterThan(0);
    expect(seen.atDone[0]?.drawn).toBe(String(nodes));
  });

  it("should close the completion pop-up when the query runs", async () => {
    const { page } = browser;
    await setQuery(page, "MATCH (c:Country) RETURN c");
    await page.keyboard.press("Control+Space");
    await popup(page).waitFor();
    await run(page);
    await page.waitForTimeout(300);
    expect(await popup(page).count()).toBe(0);
    await expect(page.getByTestId("result-add").isEnabled()).resolves.toBe(true);
  });
});
