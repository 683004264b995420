// Trace: every listed path drawn (the one read out in red, the others lighter), an earlier selection no longer lit
// beside them, and each hop's evidence the quote that names its ends.
import type { Page } from "playwright-core";
import { afterEach, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, screenshot } from "./browser";
import { openExplorer, searchAndPick, waitFor } from "./helpers";

const PATH_COLOR = "#dc2626";
const OTHER_PATH_COLOR = "#fca5a5";

async function trace(page: Page, from: [string, string], to: [string, string]): Promise<void> {
  await page.getByTestId("tab-trace").click();
  await page.getByTestId("trace-from-input").fill(from[0]);
  await page.locator(`[data-testid="trace-from-hit"][data-id="${from[1]}"]`).click();
  await page.getByTestId("trace-to-input").fill(to[0]);
  await page.locator(`[data-testid="trace-to-hit"][data-id="${to[1]}"]`).click();
  await page.getByTestId("trace-run").click();
}

describe("desk trace", () => {
  const url = inject("appUrl");
  let browser: Browser | undefined;

  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  it("should draw every listed path and drop the earlier selection's highlight", async () => {
    browser = await openBrowser();
    const { page } = browser;
    await openExplorer(page, url);
    await searchAndPick(page, "Zhao", "person:matty-zhao");
    await waitFor(page, (s) => s.selected?.id === "person:matty-zhao");
    await trace(page, ["DeepSeek", "org:deepseek"], ["Alibaba", "org:alibaba"]);
    const state = await waitFor(page, (s) => s.trace.status === "ready" && s.selected === null);
    expect(state.trace.pathEdges.length).toBeGreaterThanOrEqual(2);
    const [active = [], ...others] = state.trace.pathEdges;
    const colour = (key: string) => page.evaluate((k) => window.__kg?.edgeColor(k) ?? null, key);
    for (const key of active) expect(await colour(key)).toBe(PATH_COLOR);
    let quiet = 0;
    for (const key of others.flat()) {
      if (active.includes(key)) continue;
      expect(await colour(key)).toBe(OTHER_PATH_COLOR);
      quiet++;
    }
    expect(quiet).toBeGreaterThan(0);
    await screenshot(page, "desk-trace-1440x900-all-paths");
  });

  it("should cite for each hop a quote that names its entity end", async () => {
    browser = await openBrowser();
    const { page } = browser;
    await openExplorer(page, url);
    await trace(page, ["Zhao", "person:matty-zhao"], ["China", "country:china"]);
    const state = await waitFor(page, (s) => s.trace.status === "ready");
    const lastQuotes: string[] = [];
    for (let i = 0; i < state.trace.paths; i++) {
      await page.getByTestId("trace-panel").locator("button.path").nth(i).click();
      const quotes = await page
        .getByTestId("evidence-chain")
        .locator(".chain-step blockquote")
        .evaluateAll((els) => els.map((el) => el.textContent ?? ""));
      // "Matty Zhao stresses that" supports his stating the claim (it names him), never the claim being about China.
      expect(quotes.at(-1)).not.toBe("ويؤكد ماتي تشاو أن");
      lastQuotes.push(quotes.at(-1) ?? "");
    }
    // A hop into China through a claim that says China (الصين) cites that quote.
    expect(lastQuotes.some((q) => q.includes("الصين"))).toBe(true);
    await screenshot(page, "desk-trace-1440x900-zhao-china");
  });
});
