// "Hide isolated nodes": after a relation filter, the switch leaves only nodes with a visible relationship, the
// status line's count drops with them, and the switch travels in the link.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, screenshot } from "./browser";
import { openExplorer, settle, snapshot, waitFor } from "./helpers";

async function drawn(page: Page): Promise<{ nodes: string[]; edges: { source: string; target: string }[] }> {
  return page.evaluate(() => {
    const hook = window.__kg;
    if (!hook) throw new Error("window.__kg is missing");
    return { nodes: hook.visibleNodes(), edges: hook.visibleEdges() };
  });
}

/** The "Showing N of M nodes" count of the status line. */
async function shownCount(page: Page): Promise<number> {
  const text = (await page.getByTestId("status-bar").textContent()) ?? "";
  const m = /Showing (\d+) of \d+ nodes/.exec(text);
  if (!m) throw new Error(`no count in «${text}»`);
  return Number(m[1]);
}

describe("desk hide isolated nodes", () => {
  const url = inject("appUrl");
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
    await openExplorer(browser.page, url);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("should leave only nodes with a visible relationship once switched on after a relation filter", async () => {
    const { page } = browser;
    await page.getByTestId("tab-filters").click();
    const relations = page.getByTestId("filter-relation-types");
    await relations.getByRole("button", { name: "none" }).click();
    await relations.locator('label[data-value="INVESTS_IN"] input').check();
    const filtered = await waitFor(page, (s) => s.filters.hiddenRelationTypes.length > 0 && s.edges > 0);
    await settle(page);
    const before = await drawn(page);
    const withEdge = new Set(before.edges.flatMap((e) => [e.source, e.target]));
    expect(before.nodes.some((n) => !withEdge.has(n))).toBe(true);
    expect(await shownCount(page)).toBe(before.nodes.length);

    const hide = page.getByRole("checkbox", { name: "Hide isolated nodes" });
    await hide.focus();
    await page.keyboard.press("Space");
    await waitFor(page, (s) => s.nodes < filtered.nodes);
    await settle(page);
    const after = await drawn(page);
    const ends = new Set(after.edges.flatMap((e) => [e.source, e.target]));
    expect(after.nodes.length).toBeGreaterThan(0);
    for (const node of after.nodes) expect(ends.has(node), `${node} has a visible relationship`).toBe(true);
    expect(after.nodes).toEqual([...withEdge].sort());
    expect(after.edges.length).toBe(before.edges.length);
    expect(await shownCount(page)).toBe(after.nodes.length);
    await screenshot(page, "desk-isolated-1440x900-invests-in");

    // The switch is part of the view: a link opened elsewhere carries it.
    await page.waitForTimeout(600);
    const other = await browser.context.newPage();
    await other.goto(page.url());
    const opened = await waitFor(other, (s) => s.status === "ready" && s.nodes > 0 && s.filters.hideIsolated, 30_000);
    expect(opened.nodes).toBe(after.nodes.length);
    await other.close();

    await page.setViewportSize({ width: 800, height: 600 });
    await page.getByTestId("tab-filters").click();
    await screenshot(page, "desk-isolated-800x600-invests-in");
    await page.setViewportSize({ width: 1440, height: 900 });
    await hide.uncheck();
    await waitFor(page, (s) => s.nodes === filtered.nodes);
    expect((await snapshot(page)).nodes).toBe(before.nodes.length);
  });
});
