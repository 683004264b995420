// The query library's forms pick entities by name, in Arabic or Latin script, instead of asking for raw ids; the
// arrow keys and Enter choose a hit, and the form runs with the chosen id.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, screenshot } from "./browser";
import { openExplorer, waitFor } from "./helpers";

async function openForm(page: Page, id: string) {
  await page.getByTestId("tab-queries").click();
  const item = page.locator(`[data-testid="library-item"][data-id="${id}"]`);
  await item.waitFor({ timeout: 15_000 });
  if ((await item.locator("form").count()) === 0)
    await item.getByRole("button", { name: "Show the parameters" }).click();
  return item;
}

/** The parameters the last run sent, as the workspace's JSON editor shows them. */
async function paramsRun(page: Page): Promise<Record<string, unknown>> {
  return JSON.parse((await page.getByTestId("params-input").inputValue()) || "{}");
}

describe("desk entity pickers in query forms", () => {
  const url = inject("appUrl");
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
    await openExplorer(browser.page, url);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("should run a library query on Matty Zhao picked by his Arabic name with the arrow keys and Enter", async () => {
    const { page } = browser;
    const item = await openForm(page, "entity-neighborhood");
    // The example's entity is shown by name, not by id; × clears it to pick another.
    await expect(item.getByText("DeepSeek", { exact: true }).first().isVisible()).resolves.toBe(true);
    await item.getByRole("button", { name: "Clear entityId" }).click();
    const picker = item.getByRole("combobox", { name: "entityId" });
    // Reached with Tab from the form's toggle, as any field.
    await item.getByRole("button", { name: "Hide the parameters" }).focus();
    await page.keyboard.press("Tab");
    await expect(picker.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await picker.pressSequentially("ماتي تشاو", { delay: 20 });
    const hit = item.getByRole("option").filter({ hasText: "ماتي تشاو" });
    await hit.first().waitFor({ timeout: 10_000 });
    await expect(item.getByRole("option").first().textContent()).resolves.toContain("Person");
    await screenshot(page, "desk-pickers-1440x900-arabic-hits");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect(item.getByText("Matty Zhao", { exact: true }).first().isVisible()).resolves.toBe(true);
    await item.getByRole("button", { name: "Run", exact: true }).click();
    const done = await waitFor(page, (s) => s.workspace.status === "done", 30_000);
    expect(done.workspace.rows).toBeGreaterThan(0);
    expect(await paramsRun(page)).toEqual({ entityId: "person:matty-zhao" });
  });

  it("should fill an id from a Latin name at 800×600 too", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 800, height: 600 });
    const item = await openForm(page, "paths-between");
    await item.getByRole("button", { name: "Clear toId" }).click();
    const picker = item.getByRole("combobox", { name: "toId" });
    await picker.focus();
    await picker.pressSequentially("Matty", { delay: 20 });
    await item.getByRole("option").filter({ hasText: "Matty Zhao" }).first().waitFor({ timeout: 10_000 });
    await screenshot(page, "desk-pickers-800x600-latin-hits");
    await page.keyboard.press("Enter");
    await expect(item.getByText("Matty Zhao", { exact: true }).first().isVisible()).resolves.toBe(true);
    await item.getByRole("button", { name: "Run", exact: true }).click();
    await waitFor(page, (s) => s.workspace.status === "done", 30_000);
    expect(await paramsRun(page)).toEqual({ fromId: "org:deepseek", toId: "person:matty-zhao" });
    await page.setViewportSize({ width: 1440, height: 900 });
  });
});
