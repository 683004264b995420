// Expanding, undoing, tracing, filtering and layouts, in real Chromium against the real app.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, screenshot } from "./browser";
import { nodeOnPage, openExplorer, waitFor } from "./helpers";

describe("exploring", () => {
  const url = inject("appUrl");
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("should expand a node's neighbors by double-click, then undo and redo it", async () => {
    const { page } = browser;
    await openExplorer(page, url);
    // Start from DeepSeek alone with its neighbors, so expanding China brings new nodes.
    await page.getByTestId("search-input").fill("DeepSeek");
    await page.locator('[data-testid="search-hit"][data-id="org:deepseek"]').click();
    await waitFor(page, (s) => s.selected?.id === "org:deepseek");
    await page.getByRole("button", { name: "Focus" }).click();
    const focused = await waitFor(page, (s) => s.undoable === 1 && s.dataNodes < 65 && s.nodes === s.dataNodes);
    expect(await page.evaluate(() => window.__kg?.hasNode("country:china"))).toBe(true);
    expect(await page.evaluate(() => window.__kg?.hasNode("org:alibaba"))).toBe(false);

    const china = await nodeOnPage(page, "country:china");
    await page.mouse.dblclick(china.x, china.y);
    const expanded = await waitFor(page, (s) => s.undoable === 2 && s.nodes === s.dataNodes);
    expect(expanded.dataNodes).toBeGreaterThan(focused.dataNodes);
    expect(await page.evaluate(() => window.__kg?.hasNode("org:alibaba"))).toBe(true);
    await screenshot(page, "05-expanded");

    await page.getByTestId("undo").click();
    const undone = await waitFor(page, (s) => s.undoable === 1);
    expect(undone.dataNodes).toBe(focused.dataNodes);
    expect(undone.nodes).toBe(focused.nodes);
    expect(undone.redoable).toBe(1);

    await page.getByTestId("redo").click();
    const redone = await waitFor(page, (s) => s.undoable === 2);
    expect(redone.dataNodes).toBe(expanded.dataNodes);
  });

  it("should trace DeepSeek to Alibaba and read the chain of evidence out", async () => {
    const { page } = browser;
    await openExplorer(page, url);
    await page.getByTestId("tab-trace").click();
    await page.getByTestId("trace-from-input").fill("DeepSeek");
    await page.locator('[data-testid="trace-from-hit"][data-id="org:deepseek"]').click();
    await page.getByTestId("trace-to-input").fill("Alibaba");
    await page.locator('[data-testid="trace-to-hit"][data-id="org:alibaba"]').click();
    await page.getByTestId("trace-run").click();
    const state = await waitFor(page, (s) => s.trace.status === "ready");
    expect(state.trace.paths).toBeGreaterThanOrEqual(2);
    expect(state.trace.activeNodes[0]).toBe("org:deepseek");
    expect(state.trace.activeNodes.at(-1)).toBe("org:alibaba");
    const chain = (await page.getByTestId("chain-text").textContent()) ?? "";
    expect(chain).toMatch(/^DeepSeek → China \(based in: «.+»/);
    expect(chain).toContain("← Alibaba (based in: «");
    expect(chain).toMatch(/[\u0600-\u06FF]/);
    // The right panel shows each hop's quotes inside the article.
    const hops = page.getByTestId("trace-details");
    await hops.getByTestId("evidence-mark").first().waitFor();
    expect(await hops.getByTestId("evidence").count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, "06-trace");
  });

  it("should filter down to the claims sourced to SCMP", async () => {
    const { page } = browser;
    await openExplorer(page, url);
    await page.locator('[data-testid="filter-attribution"] [data-value="media:scmp"] input').check();
    await waitFor(page, (s) => s.nodes < 20);
    const visible = await page.evaluate(() => window.__kg?.visibleNodes() ?? []);
    expect(visible.filter((id) => id.startsWith("claim:"))).toEqual([
      "claim:china-gov-ai-investment-400bn-cny",
      "claim:china-internet-companies-ai-investment-172bn-cny",
    ]);
    expect(visible).toContain("media:scmp");
    await expect(page.getByTestId("attributed-claims").textContent()).resolves.toContain("400 billion yuan");
    await screenshot(page, "07-scmp-filter");
    await page.getByRole("button", { name: "Reset all" }).click();
    await waitFor(page, (s) => s.nodes === 65);
  });

  it("should hide the claims outside the period chosen on the timeline", async () => {
    const { page } = browser;
    await openExplorer(page, url);
    const has = (id: string) => page.evaluate((key) => window.__kg?.hasNode(key) ?? false, id);
    expect(await has("claim:china-gov-ai-investment-400bn-cny")).toBe(true);
    // Months count from year 0: 2026 * 12 is January 2026; the 400 bn claim is about 2025.
    await page.getByTestId("tab-filters").click();
    const from = page.getByTestId("period-from");
    await from.focus();
    while (Number(await from.getAttribute("aria-valuenow")) < 2026 * 12) await page.keyboard.press("ArrowRight");
    await waitFor(page, (s) => s.nodes < 65);
    expect(await has("claim:china-gov-ai-investment-400bn-cny")).toBe(false);
    expect(await has("org:alibaba")).toBe(true);
  });

  it("should highlight a hovered node's neighbors", async () => {
    const { page } = browser;
    await openExplorer(page, url);
    const point = await nodeOnPage(page, "person:matty-zhao");
    await page.mouse.move(point.x, point.y);
    await waitFor(page, (s) => s.hoveredNode === "person:matty-zhao");
    await screenshot(page, "08-hover");
    await page.mouse.move(5, 5);
    await waitFor(page, (s) => s.hoveredNode === null);
  });

  it("should save a layout and restore it on the next visit", async () => {
    const { page } = browser;
    await openExplorer(page, url);
    await page.getByTestId("tab-layout").click();
    await page.getByTestId("fa2-start").click();
    await waitFor(page, (s) => s.layoutRunning);
    await page.waitForTimeout(500);
    await page.getByTestId("fa2-stop").click();
    await waitFor(page, (s) => !s.layoutRunning);
    await page.getByTestId("layout-save").click();
    const saved = await page.evaluate(() => window.__kg?.nodePosition("org:alibaba"));
    await page.getByRole("button", { name: "Circular" }).click();
    const moved = await page.evaluate(() => window.__kg?.nodePosition("org:alibaba"));
    expect(moved).not.toEqual(saved);
    await openExplorer(page, url, { keepStorage: true });
    const restored = await page.evaluate(() => window.__kg?.nodePosition("org:alibaba"));
    expect(restored).toEqual(saved);
  });

  it("should keep the console free of errors in normal use", () => {
    expect(browser.errors).toEqual([]);
  });
});
