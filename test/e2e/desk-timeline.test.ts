// The timeline: one range slider whose thumbs follow the mouse from the first drag, and a histogram of claims by period.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, screenshot } from "./browser";
import { openExplorer, waitFor } from "./helpers";

interface Thumb {
  now: number;
  min: number;
  max: number;
  text: string | null;
  x: number;
  y: number;
}

async function thumb(page: Page, testId: string): Promise<Thumb> {
  const el = page.getByTestId(testId);
  const b = await el.boundingBox();
  if (!b) throw new Error(`${testId} is not on the page`);
  const attr = async (name: string) => Number(await el.getAttribute(name));
  return {
    now: await attr("aria-valuenow"),
    min: await attr("aria-valuemin"),
    max: await attr("aria-valuemax"),
    text: await el.getAttribute("aria-valuetext"),
    x: b.x + b.width / 2,
    y: b.y + b.height / 2,
  };
}

async function period(page: Page): Promise<{ from: number; to: number } | null> {
  return (await waitFor(page, () => true)).filters.period;
}

describe("desk timeline", () => {
  const url = inject("appUrl");
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
    await openExplorer(browser.page, url);
    await browser.page.getByTestId("tab-filters").click();
    // The timeline draws from a deferred copy of the data graph, so it appears a render after the graph is ready.
    await browser.page.getByTestId("period-track").waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("should show one range slider with two named, keyboard-operable thumbs whose value text is the period", async () => {
    const { page } = browser;
    const sliders = page.getByTestId("filter-timeline").getByRole("slider");
    await expect(sliders.count()).resolves.toBe(2);
    await expect(page.getByRole("slider", { name: "Period from" }).count()).resolves.toBe(1);
    await expect(page.getByRole("slider", { name: "Period to" }).count()).resolves.toBe(1);
    // One track holds both thumbs.
    const track = page.getByTestId("period-track");
    await expect(track.getByRole("slider").count()).resolves.toBe(2);
    const from = await thumb(page, "period-from");
    expect(from.text).toMatch(/^\d{4}-\d{2}$/);
    await page.getByTestId("period-from").focus();
    await page.keyboard.press("ArrowRight");
    await waitFor(page, (s) => s.filters.period?.from === from.now + 1);
    await expect(page.getByTestId("period-from").getAttribute("aria-valuetext")).resolves.not.toBe(from.text);
    await page.keyboard.press("Home");
    await waitFor(page, (s) => s.filters.period === null);
  });

  it("should move the from-thumb with the mouse from the first drag, and the filter with it", async () => {
    const { page } = browser;
    const start = await thumb(page, "period-from");
    const to = await thumb(page, "period-to");
    const trackBox = await page.getByTestId("period-track").boundingBox();
    if (!trackBox) throw new Error("no track");
    const perMonth = trackBox.width / (to.max - start.min);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    const target = start.x + (to.x - start.x) * 0.6;
    const steps = 12;
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(start.x + ((target - start.x) * i) / steps, start.y, { steps: 2 });
      // The thumb is under the mouse after every step (within a month's width, as values snap to months).
      await page.waitForFunction(
        ({ x, tolerance }) => {
          const el = document.querySelector('[data-testid="period-from"]');
          if (!el) return false;
          const r = el.getBoundingClientRect();
          return Math.abs(r.left + r.width / 2 - x) <= tolerance;
        },
        { x: start.x + ((target - start.x) * i) / steps, tolerance: perMonth + 1 },
        { timeout: 5_000 },
      );
    }
    await page.mouse.up();
    const after = await thumb(page, "period-from");
    expect(after.now).toBeGreaterThan(start.now);
    await expect(period(page)).resolves.toMatchObject({ from: after.now });
    await screenshot(page, "desk-timeline-1440x900-dragged");
    await page.getByRole("button", { name: "Clear period" }).click();
    await waitFor(page, (s) => s.filters.period === null);
  });

  it("should draw one histogram bar per claim period, counting every claim with a period, stronger inside the range", async () => {
    const { page } = browser;
    const periods = await page.evaluate(() => window.__kg?.claimPeriods() ?? []);
    const dated = periods.filter((p) => p.start !== null);
    const distinct = new Set(dated.map((p) => `${p.start}/${p.end ?? ""}`));
    expect(dated.length).toBeGreaterThan(0);
    const bars = page.getByTestId("period-bar");
    await expect(bars.count()).resolves.toBe(distinct.size);
    const counts = await bars.evaluateAll((els) => els.map((el) => Number(el.getAttribute("data-count"))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(dated.length);
    // Everything is in range with no period chosen; narrowing the range leaves some bars out of it, drawn fainter.
    await expect(page.locator('[data-testid="period-bar"][data-in-range="false"]').count()).resolves.toBe(0);
    await page.getByTestId("period-to").focus();
    await page.keyboard.press("Home");
    await waitFor(page, (s) => s.filters.period !== null);
    const outside = page.locator('[data-testid="period-bar"][data-in-range="false"]');
    await expect(outside.count()).resolves.toBeGreaterThan(0);
    const opacity = (locator: ReturnType<Page["locator"]>) =>
      locator.first().evaluate((el) => Number(getComputedStyle(el).opacity));
    const inside = page.locator('[data-testid="period-bar"][data-in-range="true"]');
    if ((await inside.count()) > 0) expect(await opacity(outside)).toBeLessThan(await opacity(inside));
    await screenshot(page, "desk-timeline-1440x900-histogram");
    await page.getByRole("button", { name: "Clear period" }).click();
  });

  it("should keep the range slider usable at 800×600", async () => {
    const small = await openBrowser({ width: 800, height: 600 });
    try {
      await openExplorer(small.page, url);
      // Below 1000 px the tools panel starts folded and opens over the canvas.
      await small.page.getByTestId("toggle-sidebar").click();
      await small.page.getByTestId("tab-filters").click();
      await small.page.getByTestId("filter-timeline").scrollIntoViewIfNeeded();
      const from = await thumb(small.page, "period-from");
      const to = await thumb(small.page, "period-to");
      expect(to.x - from.x).toBeGreaterThan(100);
      await screenshot(small.page, "desk-timeline-800x600");
    } finally {
      await small.close();
    }
  });
});
