// The evidence panel summarises: each quote in its sentence with some context, not the whole article; the source
// reader highlights the selection's evidence (the chosen quote strongest) in the Arabic and on the English side.
import { afterEach, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, screenshot } from "./browser";
import { openExplorer, searchAndPick, waitFor } from "./helpers";

/** The article's length in characters: a quote box holding about this much is the whole article again. */
const ARTICLE_CHARS = 3268;

describe("desk evidence", () => {
  const url = inject("appUrl");
  let browser: Browser | undefined;

  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  it("should show each of Matty Zhao's quotes in its sentence with some context, not the article again", async () => {
    browser = await openBrowser();
    const { page } = browser;
    await openExplorer(page, url);
    await searchAndPick(page, "Zhao", "person:matty-zhao");
    await waitFor(page, (s) => s.selected?.id === "person:matty-zhao");
    const relation = page.locator('[data-testid="relation"][data-type="WORKS_FOR"]');
    const inText = relation.getByTestId("quote-in-text").first();
    await inText.waitFor();
    expect(await inText.getAttribute("dir")).toBe("rtl");
    await expect(inText.getByTestId("evidence-mark").textContent()).resolves.toBe(
      "ماتي تشاو، الرئيس المشارك لأبحاث الأسهم الصينية في بنك أوف أمريكا",
    );
    const quotes = page.getByTestId("quote-in-text");
    // A card loads its source as it comes near the panel's view (a hub's panel lists a hundred sources): scrolled to.
    for (const card of await page.getByTestId("evidence").all()) await card.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="quote-in-text"]').length >= 6);
    const lengths = await quotes.evaluateAll((els) => els.map((el) => (el.textContent ?? "").length));
    for (const length of lengths) expect(length).toBeLessThan(ARTICLE_CHARS / 4);
    // Each has some context around its quote, and a way into the reader.
    const marks = await quotes.evaluateAll((els) =>
      els.map((el) => ({
        whole: (el.textContent ?? "").length,
        quote: (el.querySelector("mark")?.textContent ?? "").length,
      })),
    );
    expect(marks.some((m) => m.whole > m.quote + 20)).toBe(true);
    expect(await page.getByTestId("open-source").count()).toBe(lengths.length);
    await screenshot(page, "desk-evidence-1440x900-zhao-panel");
  });

  it("should highlight only the selection's evidence in the reader, the chosen quote strongest, on both sides", async () => {
    browser = await openBrowser();
    const { page } = browser;
    await openExplorer(page, url);
    await searchAndPick(page, "Zhao", "person:matty-zhao");
    const relation = page.locator('[data-testid="relation"][data-type="WORKS_FOR"]');
    await relation.getByTestId("open-source").first().click();
    const reader = page.getByTestId("source-reader");
    await page.getByTestId("reader-focus").first().waitFor();
    await expect(page.getByTestId("reader-focus").first().textContent()).resolves.toContain("ماتي تشاو");
    const count = async (id: string) => reader.getByTestId(id).count();
    const mine = await count("reader-mark");
    const others = await count("reader-other");
    // The selection's evidence is marked, the rest of the article's evidence is not.
    expect(mine).toBeGreaterThan(0);
    expect(others).toBeGreaterThan(mine);
    const background = await reader
      .getByTestId("reader-other")
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe("rgba(0, 0, 0, 0)");
    // The English side: the stretch of the chosen quote is marked strongest, the selection's other stretches too.
    expect(await count("translation-focus")).toBe(1);
    await expect(reader.getByTestId("translation-focus").textContent()).resolves.toContain("Bank of America");
    expect(await count("translation-mark")).toBeGreaterThan(0);
    await screenshot(page, "desk-evidence-1440x900-reader-zhao");

    // Another selection: the reader follows it.
    await searchAndPick(page, "DeepSeek", "org:deepseek");
    await waitFor(page, (s) => s.selected?.id === "org:deepseek");
    await page.waitForFunction(
      (before) => document.querySelectorAll('[data-testid="reader-mark"]').length !== before,
      mine,
    );
    expect(await count("reader-mark")).toBeGreaterThan(0);
    await screenshot(page, "desk-evidence-1440x900-reader-deepseek");
  });
});
