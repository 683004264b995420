// Keyboard: Ctrl+Z and Ctrl+Shift+Z step through the canvas history, Escape clears the selection; none of them fires
// in a text field, the Cypher editor or a part marked data-own-keys. The main controls have accessible names.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser } from "./browser";
import { nodeOnPage, openExplorer, searchAndPick, snapshot, waitFor } from "./helpers";

describe("desk keyboard", () => {
  const url = inject("appUrl");
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
    await openExplorer(browser.page, url);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const blur = () => browser.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  it("should undo and redo with Ctrl+Z and Ctrl+Shift+Z, but not from a field or a part that keeps its keys", async () => {
    const { page } = browser;
    await searchAndPick(page, "DeepSeek", "org:deepseek");
    await page.getByRole("button", { name: "Focus" }).click();
    const focused = await waitFor(page, (s) => s.undoable === 1 && s.nodes === s.dataNodes && s.dataNodes < 65);
    // In the search field, Ctrl+Z is the field's own.
    await page.getByTestId("search-input").focus();
    await page.keyboard.press("Control+z");
    await page.waitForTimeout(300);
    expect((await snapshot(page)).undoable).toBe(1);
    // A part marked data-own-keys (the source workbench's reader will be one) keeps them too.
    await page.evaluate(() => {
      const own = document.createElement("div");
      own.setAttribute("data-own-keys", "");
      own.tabIndex = 0;
      own.id = "own-keys-probe";
      document.body.append(own);
      own.focus();
    });
    await page.keyboard.press("Control+z");
    await page.waitForTimeout(300);
    expect((await snapshot(page)).undoable).toBe(1);
    await page.evaluate(() => document.getElementById("own-keys-probe")?.remove());
    await blur();
    await page.keyboard.press("Control+z");
    const undone = await waitFor(page, (s) => s.undoable === 0 && s.redoable === 1);
    expect(undone.dataNodes).toBeGreaterThan(focused.dataNodes);
    await page.keyboard.press("Control+Shift+Z");
    const redone = await waitFor(page, (s) => s.undoable === 1 && s.redoable === 0);
    expect(redone.dataNodes).toBe(focused.dataNodes);
  });

  it("should clear the selection with Escape, except from a text field", async () => {
    const { page } = browser;
    const deepseek = await nodeOnPage(page, "org:deepseek");
    await page.mouse.click(deepseek.x, deepseek.y);
    await waitFor(page, (s) => s.selected?.id === "org:deepseek");
    await page.getByTestId("search-input").focus();
    await page.keyboard.press("Escape");
    await page.waitForTimeout(300);
    expect((await snapshot(page)).selected?.id).toBe("org:deepseek");
    await blur();
    await page.keyboard.press("Escape");
    await waitFor(page, (s) => s.selected === null);
  });

  it("should give the main controls accessible names", async () => {
    const { page } = browser;
    for (const name of ["Undo", "Redo", "Copy link", "Cypher", "Export"]) {
      await expect(page.getByRole("button", { name, exact: false }).first().isVisible()).resolves.toBe(true);
    }
    for (const id of ["undo", "redo", "copy-link", "open-cypher", "overview", "toggle-sidebar"]) {
      const named = await page
        .getByTestId(id)
        .evaluate((el) => (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().length > 0);
      expect(named).toBe(true);
    }
  });
});
