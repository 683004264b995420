// Layouts: ForceAtlas2 with its settings, and every layout (ForceAtlas2, its iterations, circular, noverlap) undone.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, screenshot } from "./browser";
import { openExplorer, snapshot, waitFor } from "./helpers";

const KEYS = ["org:deepseek", "country:china", "org:alibaba", "person:matty-zhao"];

async function positions(page: Page): Promise<Record<string, { x: number; y: number } | null>> {
  return page.evaluate((keys) => Object.fromEntries(keys.map((k) => [k, window.__kg?.nodePosition(k) ?? null])), KEYS);
}

/** Runs a layout by its button, checks it moved the nodes (when `moves`), then that Undo puts every one back exactly. */
async function undoneExactly(page: Page, run: () => Promise<void>, moves = true): Promise<void> {
  const before = await positions(page);
  const undoable = (await snapshot(page)).undoable;
  await run();
  await waitFor(page, (s) => s.undoable === undoable + 1 && !s.layoutRunning);
  if (moves) expect(await positions(page)).not.toEqual(before);
  await page.getByTestId("undo").click();
  await waitFor(page, (s) => s.undoable === undoable);
  expect(await positions(page)).toEqual(before);
}

describe("desk layouts", () => {
  const url = inject("appUrl");
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
    await openExplorer(browser.page, url);
    await browser.page.getByTestId("tab-layout").click();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("should undo the circular layout and noverlap", async () => {
    const { page } = browser;
    await undoneExactly(page, () => page.getByTestId("layout-circular").click());
    // Noverlap may find nothing to push apart: it is a step all the same, and Undo restores what was there.
    await undoneExactly(page, () => page.getByTestId("layout-noverlap").click(), false);
  });

  it("should run ForceAtlas2 iterations with the settings chosen, and undo them", async () => {
    const { page } = browser;
    await page.getByTestId("fa2-gravity").fill("5");
    await page.getByTestId("fa2-scaling").fill("40");
    await page.getByTestId("fa2-barnes-hut").selectOption("on");
    await page.getByTestId("fa2-iterations").fill("150");
    await expect(page.getByTestId("fa2-run-iterations").textContent()).resolves.toBe("Run 150 iterations");
    await screenshot(page, "desk-layouts-1440x900-fa2-settings");
    await undoneExactly(page, () => page.getByTestId("fa2-run-iterations").click());
  });

  it("should undo a live ForceAtlas2 run once it is stopped", async () => {
    const { page } = browser;
    await undoneExactly(page, async () => {
      await page.getByTestId("fa2-start").click();
      await waitFor(page, (s) => s.layoutRunning);
      await page.waitForTimeout(500);
      await page.getByTestId("fa2-stop").click();
    });
  });
});
