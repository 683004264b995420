// The explorer in real headless Chromium against the real app and Neo4j: load, search, evidence, reader, languages.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, screenshot } from "./browser";
import { distinctColours, openExplorer, searchAndPick, snapshot, waitFor } from "./helpers";

describe("explorer", () => {
  const url = inject("appUrl");
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("should answer an unknown client route with the app, not a blank page", async () => {
    const { page } = browser;
    await page.goto(new URL("/no/such/view", url).toString());
    await page.waitForFunction(() => window.__kg?.snapshot().status === "ready", null, { timeout: 30_000 });
    expect(await page.getByTestId("details-panel").isVisible()).toBe(true);
  });

  it("should load the page and draw the seeded graph", async () => {
    const { page } = browser;
    await openExplorer(page, url);
    const state = await snapshot(page);
    // The seed: 32 entities, 32 claims and the article itself.
    expect(state.dataNodes).toBe(65);
    expect(state.nodes).toBe(65);
    expect(state.edges).toBe(state.dataEdges);
    expect(state.edges).toBeGreaterThan(100);
    expect(state.health).toEqual({ api: true, neo4j: true });
    // Alibaba and Tencent each state a claim that is also about them: two pairs of parallel edges, drawn curved.
    expect(await page.evaluate(() => window.__kg?.curvedEdges())).toBe(4);
    const canvas = await page.getByTestId("graph-canvas").screenshot();
    await screenshot(page, "01-overview");
    // A blank canvas has one or two colours; the graph has a dozen type colours plus antialiasing.
    expect(await distinctColours(page, canvas)).toBeGreaterThan(50);
    await expect(page.getByTestId("legend").textContent()).resolves.toContain("Person");
  });

  it("should find Matty Zhao by typing the Arabic تشاو", async () => {
    const { page } = browser;
    await openExplorer(page, url);
    await searchAndPick(page, "تشاو", "person:matty-zhao");
    await waitFor(page, (s) => s.selected?.id === "person:matty-zhao");
    await expect(page.getByTestId("details-title").textContent()).resolves.toBe("Matty Zhao");
    await expect(page.getByTestId("details-title-ar").textContent()).resolves.toBe("ماتي تشاو");
  });

  it("should find Matty Zhao by typing Zhao", async () => {
    const { page } = browser;
    await openExplorer(page, url);
    await searchAndPick(page, "Zhao", "person:matty-zhao");
    const state = await waitFor(page, (s) => s.selected?.id === "person:matty-zhao");
    expect(state.selected).toEqual({ kind: "node", id: "person:matty-zhao" });
  });

  it("should show who Matty Zhao works for, with the Arabic quote highlighted inside the source text", async () => {
    const { page } = browser;
    await openExplorer(page, url);
    await searchAndPick(page, "Zhao", "person:matty-zhao");
    const relation = page.locator('[data-testid="relation"][data-type="WORKS_FOR"]');
    await relation.waitFor();
    await expect(relation.textContent()).resolves.toContain("Bank of America");
    const inText = relation.getByTestId("quote-in-text").first();
    await inText.waitFor();
    expect(await inText.getAttribute("dir")).toBe("rtl");
    const mark = inText.getByTestId("evidence-mark");
    await expect(mark.textContent()).resolves.toBe("ماتي تشاو، الرئيس المشارك لأبحاث الأسهم الصينية في بنك أوف أمريكا");
    // The quote sits in its sentence with some context, not in the whole article.
    const excerpt = (await inText.textContent()) ?? "";
    expect(excerpt.length).toBeLessThan(800);
    expect(excerpt.length).toBeGreaterThan(80);
    await expect(relation.locator(".gloss").textContent()).resolves.toContain("co-head of China equity research");
    // And he states claims, each with its evidence.
    const claims = page.getByTestId("claims-stated").getByTestId("claim");
    expect(await claims.count()).toBe(5);
    await screenshot(page, "02-matty-zhao-details");
  });

  it("should open the source reader with the evidence marked and the translation alongside", async () => {
    const { page } = browser;
    await openExplorer(page, url);
    await searchAndPick(page, "Zhao", "person:matty-zhao");
    const relation = page.locator('[data-testid="relation"][data-type="WORKS_FOR"]');
    await relation.getByTestId("open-source").first().click();
    const reader = page.getByTestId("source-reader");
    await reader.waitFor();
    await page.getByTestId("reader-focus").first().waitFor();
    await expect(page.getByTestId("reader-focus").first().textContent()).resolves.toContain("ماتي تشاو");
    expect(await reader.locator("mark").count()).toBeGreaterThan(40);
    await expect(reader.locator(".translation").first().textContent()).resolves.toContain("Capital spending");
    await screenshot(page, "03-source-reader");
    expect((await snapshot(page)).reader).toEqual({ sourceId: "bofa-china-ai-capex", status: "ready" });
  });

  it("should label the graph in Arabic and switch back to English", async () => {
    const { page } = browser;
    await openExplorer(page, url);
    await page.getByTestId("lang-ar").click();
    await waitFor(page, (s) => s.language === "ar");
    await page.waitForTimeout(300);
    await screenshot(page, "04-arabic-labels");
    const arabic = await page.getByTestId("graph-canvas").screenshot();
    await page.getByTestId("lang-en").click();
    await waitFor(page, (s) => s.language === "en");
    await page.waitForTimeout(300);
    const english = await page.getByTestId("graph-canvas").screenshot();
    expect(arabic.equals(english)).toBe(false);
  });

  it("should keep the console free of errors in normal use", () => {
    expect(browser.errors).toEqual([]);
  });
});
