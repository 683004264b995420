// Node labels on the canvas: placed by priority without piling up, never cut at the canvas edge, Arabic on its
// reading side, and small nodes labelled where there is room. Label boxes come from the test hook, not from pixels.
import type { Page } from "playwright-core";
import { afterEach, describe, expect, inject, it } from "vitest";
import type { KgLabelBox } from "../../client/src/testHook";
import { type Browser, openBrowser, screenshot } from "./browser";
import { openExplorer, searchAndPick, settle, waitFor } from "./helpers";

async function labels(page: Page): Promise<{ width: number; height: number; boxes: KgLabelBox[] }> {
  await settle(page);
  await page.waitForTimeout(150);
  await settle(page);
  return page.evaluate(() => {
    const hook = window.__kg;
    if (!hook) throw new Error("window.__kg is missing");
    return hook.labels();
  });
}

const overlap = (a: KgLabelBox, b: KgLabelBox) =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

/** Label boxes that cross the canvas edge, and pairs of boxes that overlap. */
function faults(view: { width: number; height: number; boxes: KgLabelBox[] }) {
  const crossing = view.boxes
    .filter((b) => b.x < -0.5 || b.y < -0.5 || b.x + b.width > view.width + 0.5 || b.y + b.height > view.height + 0.5)
    .map((b) => b.key);
  const piled: string[] = [];
  for (let i = 0; i < view.boxes.length; i++)
    for (let j = i + 1; j < view.boxes.length; j++) {
      const a = view.boxes[i] as KgLabelBox;
      const b = view.boxes[j] as KgLabelBox;
      if (overlap(a, b)) piled.push(`${a.key} × ${b.key}`);
    }
  return { crossing, piled };
}

describe("desk labels", () => {
  const url = inject("appUrl");
  let browser: Browser | undefined;

  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  it("should keep every label box inside the canvas and off the others, at both desk sizes and zoomed in", async () => {
    for (const [width, height] of [
      [1440, 900],
      [800, 600],
    ] as const) {
      browser = await openBrowser({ width, height });
      const { page } = browser;
      await openExplorer(page, url);
      const overview = await labels(page);
      expect(overview.boxes.length).toBeGreaterThanOrEqual(width > 1000 ? 25 : 12);
      expect(faults(overview)).toEqual({ crossing: [], piled: [] });
      // Zoomed in towards the right edge, where a label drawn right of its node is cut off.
      await page.evaluate(() => window.__kg?.setCamera({ x: 0.8, y: 0.5, ratio: 0.45, angle: 0 }));
      const zoomed = await labels(page);
      expect(zoomed.boxes.length).toBeGreaterThan(5);
      expect(faults(zoomed)).toEqual({ crossing: [], piled: [] });
      await screenshot(page, `desk-labels-${width}x${height}-zoomed-right`);
      await browser.close();
      browser = undefined;
    }
  });

  it("should not pile claim labels up around a clicked node, and keep its own label first", async () => {
    browser = await openBrowser();
    const { page } = browser;
    await openExplorer(page, url);
    await searchAndPick(page, "Zhao", "person:matty-zhao");
    await waitFor(page, (s) => s.selected?.id === "person:matty-zhao");
    await page.waitForTimeout(600);
    const view = await labels(page);
    expect(faults(view)).toEqual({ crossing: [], piled: [] });
    expect(view.boxes.some((b) => b.key === "person:matty-zhao")).toBe(true);
    // His five claims are his neighbors: most of them get a label without covering another.
    expect(view.boxes.filter((b) => b.key.startsWith("claim:")).length).toBeGreaterThanOrEqual(3);
    await screenshot(page, "desk-labels-1440x900-zhao-selected");
  });

  it("should set Arabic labels on their reading side, left of their node", async () => {
    browser = await openBrowser();
    const { page } = browser;
    await openExplorer(page, url);
    await page.getByTestId("lang-ar").click();
    await waitFor(page, (s) => s.language === "ar");
    const leftShare = (boxes: KgLabelBox[]) =>
      boxes.filter((b) => b.x + b.width <= b.nodeX - b.nodeRadius + 0.5).length / boxes.length;
    const view = await labels(page);
    await screenshot(page, "desk-labels-1440x900-arabic");
    const arabic = view.boxes.filter((b) => b.rtl);
    expect(arabic.length).toBeGreaterThan(10);
    // In the crowded overview a label whose left is taken may go right; most sit on their reading side.
    expect(leftShare(arabic)).toBeGreaterThanOrEqual(0.7);
    expect(faults(view)).toEqual({ crossing: [], piled: [] });
    // With room around every node, every Arabic label is on the node's left.
    await searchAndPick(page, "DeepSeek-R1", "model:deepseek-r1");
    await waitFor(page, (s) => s.selected?.id === "model:deepseek-r1");
    await page.getByRole("button", { name: "Focus" }).click();
    await waitFor(page, (s) => s.nodes === 5 && s.dataNodes === 5);
    await page.getByTestId("close-details").click();
    await page.waitForTimeout(600);
    const all = (await labels(page)).boxes;
    expect(all).toHaveLength(5);
    // DeepSeek-R1 keeps its Latin name "R1" in Arabic: a left-to-right label, on the right.
    const roomy = all.filter((b) => b.rtl);
    expect(roomy.length).toBeGreaterThanOrEqual(3);
    expect(leftShare(roomy)).toBe(1);
    await screenshot(page, "desk-labels-1440x900-arabic-focus");
  });

  it("should label small nodes, claims included, where there is room", async () => {
    browser = await openBrowser();
    const { page } = browser;
    await openExplorer(page, url);
    await searchAndPick(page, "DeepSeek-R1", "model:deepseek-r1");
    await waitFor(page, (s) => s.selected?.id === "model:deepseek-r1");
    await page.getByRole("button", { name: "Focus" }).click();
    await waitFor(page, (s) => s.nodes === 5 && s.dataNodes === 5);
    await page.getByTestId("close-details").click();
    await waitFor(page, (s) => s.selected === null);
    await page.waitForTimeout(600);
    const view = await labels(page);
    expect(view.boxes.map((b) => b.key).sort()).toEqual(
      (await page.evaluate(() => window.__kg?.visibleNodes() ?? [])).sort(),
    );
    expect(faults(view)).toEqual({ crossing: [], piled: [] });
    await screenshot(page, "desk-labels-1440x900-small-nodes");
  });
});
