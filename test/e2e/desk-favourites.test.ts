// Favourites are named in the page, never in a browser pop-up: save, rename, reopen and delete one, with clear errors
// for an empty or taken name, and no shortcut firing while the name is typed.
import type { Dialog } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, screenshot } from "./browser";
import { openExplorer, searchAndPick, snapshot, waitFor } from "./helpers";

const QUERY = "MATCH (c:Country) RETURN c ORDER BY c.id";

describe("desk favourites", () => {
  const url = inject("appUrl");
  let browser: Browser;
  const dialogs: string[] = [];

  beforeAll(async () => {
    browser = await openBrowser();
    // Any alert, confirm or prompt fails the test: it is recorded here and dismissed so the page goes on.
    browser.page.on("dialog", (dialog: Dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await openExplorer(browser.page, url);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("should refuse an empty or taken name in the page, and save, rename, reopen and delete a favourite", async () => {
    const { page } = browser;
    await searchAndPick(page, "DeepSeek", "org:deepseek");
    await waitFor(page, (s) => s.selected?.id === "org:deepseek");
    await page.getByTestId("open-cypher").click();
    await page.getByTestId("cypher-input").click();
    await page.keyboard.press("Control+a");
    await page.keyboard.press("Delete");
    await page.keyboard.insertText(QUERY);

    await page.getByTestId("save-favourite").click();
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    const saveButton = page.getByRole("button", { name: "Save the query to your favourites" });
    const name = page.getByRole("textbox", { name: "Favourite name" });
    await name.waitFor({ timeout: 5_000 });
    // Typing the name fires no shortcut: Ctrl+Z and Escape are the field's, and Escape cancels the form only.
    const before = await snapshot(page);
    await name.fill("");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("alert").filter({ hasText: "Give the favourite a name" }).isVisible()).resolves.toBe(
      true,
    );
    await name.pressSequentially("Countries");
    await page.keyboard.press("Control+z");
    await page.keyboard.press("Escape");
    await expect(name.count()).resolves.toBe(0);
    const after = await snapshot(page);
    expect(after.selected).toEqual(before.selected);
    expect(after.undoable).toBe(before.undoable);

    // By keyboard: Enter on ☆ Save opens the form with the focus in the name field.
    await saveButton.focus();
    await page.keyboard.press("Enter");
    await expect(name.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await name.fill("Countries");
    await screenshot(page, "desk-favourites-1440x900-name-form");
    await page.keyboard.press("Enter");
    await expect(name.count()).resolves.toBe(0);

    // The same name again is refused, and says so.
    await saveButton.click();
    await name.fill("Countries");
    await page.keyboard.press("Enter");
    await expect(
      page.getByRole("alert").filter({ hasText: "already a favourite named “Countries”" }).isVisible(),
    ).resolves.toBe(true);
    await page.getByRole("button", { name: "Cancel" }).click();

    await page.getByTestId("tab-queries").click();
    const list = page.getByTestId("favourites");
    await expect(list.getByRole("button", { name: "Countries", exact: true }).isVisible()).resolves.toBe(true);

    // Rename in place: Enter keeps the new name, and it survives a reload.
    await list.getByRole("button", { name: "Rename Countries" }).click();
    const rename = list.getByRole("textbox", { name: "New name for Countries" });
    await rename.fill("");
    await page.keyboard.press("Enter");
    await expect(list.getByRole("alert").filter({ hasText: "Give the favourite a name" }).isVisible()).resolves.toBe(
      true,
    );
    await rename.fill("All countries");
    await page.keyboard.press("Enter");
    await expect(list.getByRole("button", { name: "All countries", exact: true }).isVisible()).resolves.toBe(true);
    await expect(list.getByRole("button", { name: "Countries", exact: true }).count()).resolves.toBe(0);
    await screenshot(page, "desk-favourites-1440x900-list");

    await page.reload();
    await waitFor(page, (s) => s.status === "ready" && s.nodes > 0);
    await page.getByTestId("tab-queries").click();
    await page.getByTestId("favourites").getByRole("button", { name: "All countries", exact: true }).click();
    const ran = await waitFor(page, (s) => s.workspace.status === "done" && s.workspace.rows > 0, 30_000);
    expect(ran.workspace.open).toBe(true);
    const editor = (await page.getByTestId("cypher-input").textContent()) ?? "";
    expect(editor.replace(/\s+/g, " ")).toContain(QUERY);

    await page.setViewportSize({ width: 800, height: 600 });
    await page.getByTestId("tab-queries").click();
    await screenshot(page, "desk-favourites-800x600-list");
    await page.setViewportSize({ width: 1440, height: 900 });

    // Rename and Delete follow the favourite's name in the tab order, and Enter presses them.
    await page.getByTestId("favourites").getByRole("button", { name: "All countries", exact: true }).focus();
    await page.keyboard.press("Tab");
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? null);
    await expect(focused()).resolves.toBe("Rename All countries");
    await page.keyboard.press("Tab");
    await expect(focused()).resolves.toBe("Delete All countries");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("favourites").count()).resolves.toBe(0);
    await page.reload();
    await waitFor(page, (s) => s.status === "ready" && s.nodes > 0);
    await page.getByTestId("tab-queries").click();
    await expect(page.getByRole("button", { name: "All countries", exact: true }).count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
  });
});
