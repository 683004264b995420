// Links and undo share one source of truth: after Undo the address bar and a copied link describe the view shown, and
// a colleague who opens the link gets the canvas without the Cypher drawer over it.
import type { Page } from "playwright-core";
import { afterEach, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, screenshot } from "./browser";
import { nodeOnPage, openExplorer, settle, snapshot, waitFor } from "./helpers";

async function openWorkspace(page: Page): Promise<void> {
  if (!(await page.getByTestId("cypher-drawer").isVisible())) await page.getByTestId("open-cypher").click();
  await page.getByTestId("cypher-input").waitFor();
}

/** Runs a query from the editor (inserted whole, so no completion pop-up interferes) and puts it on the canvas. */
async function replaceCanvasWith(page: Page, query: string): Promise<void> {
  await openWorkspace(page);
  await page.getByTestId("params-input").fill("");
  await page.getByTestId("cypher-input").click();
  await page.keyboard.press("Control+a");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(query);
  await page.keyboard.press("Escape");
  // The schema query the drawer sends when it opens may still hold the test server's one Cypher worker: a run
  // refused as CYPHER_BUSY is run again, as a researcher would.
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.keyboard.press("Control+Enter");
    await waitFor(page, (s) => s.workspace.status === "done" || s.workspace.status === "error", 30_000);
    if ((await snapshot(page)).workspace.error !== "CYPHER_BUSY") break;
    await page.waitForTimeout(500);
  }
  expect((await snapshot(page)).workspace.error).toBeNull();
  await page.getByTestId("result-replace").click();
}

/** The address bar's fragment once it has stopped changing (the link is written a moment after the view settles). */
async function settledHash(page: Page): Promise<string> {
  let last = await page.evaluate(() => window.location.hash);
  let same = 0;
  for (let i = 0; i < 100 && same < 6; i++) {
    await settle(page);
    await page.waitForTimeout(100);
    const now = await page.evaluate(() => window.location.hash);
    same = now === last ? same + 1 : 0;
    last = now;
  }
  return last;
}

async function copiedLink(page: Page): Promise<string> {
  await page.getByTestId("copy-link").click();
  const link = await page.getByTestId("link-url").inputValue();
  await page.getByRole("dialog", { name: "Link to this view" }).getByRole("button", { name: "Close" }).click();
  return link;
}

describe("desk links and undo", () => {
  const url = inject("appUrl");
  let browser: Browser | undefined;

  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  it("should write the link of the view before a step once that step is undone, in the address bar and a copied link", async () => {
    browser = await openBrowser();
    const { page } = browser;
    await openExplorer(page, url);
    await replaceCanvasWith(page, "MATCH (c:Country) RETURN c");
    await waitFor(page, (s) => s.dataNodes === 2 && s.nodes === 2 && s.workspace.canvasSteps === 1);
    const before = await settledHash(page);
    const linkBefore = await copiedLink(page);
    expect(before).toContain("q=");

    // Replace canvas with another query: the link now names it.
    await replaceCanvasWith(page, "MATCH (o:Organization) RETURN o");
    await waitFor(page, (s) => s.dataNodes > 2 && s.nodes === s.dataNodes && s.undoable === 2);
    const replaced = await settledHash(page);
    expect(replaced).not.toBe(before);
    expect(await copiedLink(page)).not.toBe(linkBefore);

    // Undo: the address bar and a copied link are again exactly what they were, positions and camera included.
    await page.getByTestId("undo").click();
    await waitFor(page, (s) => s.dataNodes === 2 && s.nodes === 2 && s.redoable === 1);
    expect(await settledHash(page)).toBe(before);
    expect(await copiedLink(page)).toBe(linkBefore);

    // An expansion (not a query) undone leaves the link as it was too; China is selected first, as a double-click does.
    await page.getByRole("button", { name: "Close the Cypher workspace" }).click();
    const china = await nodeOnPage(page, "country:china");
    await page.mouse.click(china.x, china.y);
    await waitFor(page, (s) => s.selected?.id === "country:china");
    const selected = await settledHash(page);
    const linkSelected = await copiedLink(page);
    // The details panel opened beside the canvas: China is drawn elsewhere now.
    const drawn = await nodeOnPage(page, "country:china");
    await page.mouse.dblclick(drawn.x, drawn.y);
    await waitFor(page, (s) => s.dataNodes > 2 && s.undoable === 2);
    expect(await settledHash(page)).not.toBe(selected);
    await page.getByTestId("undo").click();
    await waitFor(page, (s) => s.dataNodes === 2 && s.redoable === 1);
    expect(await settledHash(page)).toBe(selected);
    expect(await copiedLink(page)).toBe(linkSelected);
    await screenshot(page, "desk-links-1440x900-after-undo");

    // The colleague who opens the link sees the same canvas, with the query in the editor but the drawer closed.
    const colleague = await openBrowser();
    try {
      await colleague.page.goto(linkBefore);
      const seen = await waitFor(
        colleague.page,
        (s) => s.status === "ready" && s.dataNodes === 2 && s.nodes === 2 && s.frames > 0,
        30_000,
      );
      expect(seen.workspace.canvasSteps).toBe(1);
      expect(seen.workspace.open).toBe(false);
      expect(await colleague.page.getByTestId("cypher-drawer").isVisible()).toBe(false);
      await screenshot(colleague.page, "desk-links-1440x900-recipient");
      expect(colleague.errors).toEqual([]);
    } finally {
      await colleague.close();
    }
  });
});
