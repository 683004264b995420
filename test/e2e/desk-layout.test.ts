// The page at a researcher's desk sizes: usable at 800×600 without sideways scrolling, the canvas wide at 1440×900
// when the right panel has nothing to show, collapsible side panels and a drawer that resizes.
import type { Page } from "playwright-core";
import { afterEach, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, screenshot } from "./browser";
import { openExplorer, searchAndPick, waitFor } from "./helpers";

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function box(page: Page, testId: string): Promise<Box> {
  const found = await page.getByTestId(testId).boundingBox();
  if (!found) throw new Error(`${testId} is not on the page`);
  return found;
}

/** Pixels of the page wider than the window, for the page and for every element that clips nothing. */
async function overflow(page: Page): Promise<{ page: number; widest: string | null }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    let widest: string | null = null;
    for (const el of document.querySelectorAll<HTMLElement>("header, header *, .status-bar, .status-bar *")) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.right > window.innerWidth + 0.5 || r.left < -0.5)) {
        widest = `${el.tagName.toLowerCase()}.${el.className} [${Math.round(r.left)}, ${Math.round(r.right)}]`;
        break;
      }
    }
    return { page: root.scrollWidth - root.clientWidth, widest };
  });
}

/** Whether a click at the centre of the element reaches it (no panel or popover floats over it). */
async function uncovered(page: Page, testId: string): Promise<boolean> {
  const b = await box(page, testId);
  return page.evaluate(({ x, y, id }) => document.elementFromPoint(x, y)?.closest(`[data-testid="${id}"]`) !== null, {
    x: b.x + b.width / 2,
    y: b.y + b.height / 2,
    id: testId,
  });
}

/** The share of the canvas the legend and camera controls cover. */
async function coveredShare(page: Page): Promise<number> {
  const canvas = await box(page, "graph-canvas");
  const legend = await page.getByTestId("legend").boundingBox();
  const area = legend ? legend.width * legend.height : 0;
  return area / (canvas.width * canvas.height);
}

describe("desk layout", () => {
  const url = inject("appUrl");
  let browser: Browser | undefined;

  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  it("should keep the canvas usable at 800×600 with no horizontal overflow", async () => {
    browser = await openBrowser({ width: 800, height: 600 });
    const { page } = browser;
    await openExplorer(page, url);
    await screenshot(page, "desk-layout-800x600-overview");
    expect(await overflow(page)).toEqual({ page: 0, widest: null });
    const canvas = await box(page, "graph-canvas");
    expect(canvas.width).toBeGreaterThanOrEqual(760);
    expect(canvas.height).toBeGreaterThanOrEqual(420);
    expect(await coveredShare(page)).toBeLessThan(0.12);

    // The tools panel opens over the canvas and folds away again; the canvas keeps its size.
    await page.getByTestId("toggle-sidebar").click();
    await page.getByTestId("tab-filters").waitFor();
    expect((await box(page, "graph-canvas")).width).toBeGreaterThanOrEqual(760);
    await screenshot(page, "desk-layout-800x600-tools-open");
    await page.getByTestId("toggle-sidebar").click();
    await page.getByTestId("tab-filters").waitFor({ state: "detached" });

    // A selection opens the details over the canvas, readable, and closing it gives the canvas back.
    await searchAndPick(page, "Zhao", "person:matty-zhao");
    await waitFor(page, (s) => s.selected?.id === "person:matty-zhao");
    const details = await box(page, "details-panel");
    expect(details.width).toBeGreaterThanOrEqual(300);
    expect(details.x + details.width).toBeLessThanOrEqual(800.5);
    expect((await box(page, "graph-canvas")).width).toBeGreaterThanOrEqual(760);
    await screenshot(page, "desk-layout-800x600-details");
    expect(await overflow(page)).toEqual({ page: 0, widest: null });

    // The Cypher drawer leaves a canvas above it and an editor and results beside each other.
    await page.getByTestId("open-cypher").click();
    await page.getByTestId("cypher-input").waitFor();
    const canvasWithDrawer = await box(page, "graph-canvas");
    expect(canvasWithDrawer.height).toBeGreaterThanOrEqual(150);
    expect((await box(page, "results")).width).toBeGreaterThanOrEqual(300);
    // Nothing floats over the drawer: its Run button is what a click at its centre reaches.
    expect(await uncovered(page, "cypher-run")).toBe(true);
    await screenshot(page, "desk-layout-800x600-cypher");
    expect(await overflow(page)).toEqual({ page: 0, widest: null });
  });

  it("should give the canvas the width of an empty right panel at 1440×900, and a resizable drawer", async () => {
    browser = await openBrowser({ width: 1440, height: 900 });
    const { page } = browser;
    await openExplorer(page, url);
    await screenshot(page, "desk-layout-1440x900-overview");
    // Nothing selected: the right panel is a thin rail, not 400 empty pixels.
    expect((await box(page, "details-panel")).width).toBeLessThanOrEqual(48);
    expect((await box(page, "graph-canvas")).width).toBeGreaterThanOrEqual(1440 - 300 - 48);
    expect(await overflow(page)).toEqual({ page: 0, widest: null });

    // Folding the tools panel gives its width to the canvas.
    const before = (await box(page, "graph-canvas")).width;
    await page.getByTestId("toggle-sidebar").click();
    await waitFor(page, (s) => (s.canvas?.width ?? 0) > before + 200);
    await page.getByTestId("toggle-sidebar").click();

    // The drawer: results get room, and dragging its edge resizes it and the canvas with it.
    await page.getByTestId("open-cypher").click();
    await page.getByTestId("cypher-input").waitFor();
    await page.getByTestId("cypher-run").click();
    await waitFor(page, (s) => s.workspace.status === "done");
    const results = await box(page, "results");
    expect(results.width).toBeGreaterThanOrEqual(600);
    expect(results.height).toBeGreaterThanOrEqual(300);
    await screenshot(page, "desk-layout-1440x900-cypher");
    const handle = await box(page, "drawer-resize");
    const canvasBefore = (await waitFor(page, (s) => s.canvas !== null)).canvas?.height ?? 0;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2, handle.y - 150, { steps: 6 });
    await page.mouse.up();
    const resized = await waitFor(page, (s) => (s.canvas?.height ?? 0) < canvasBefore - 120);
    expect((await box(page, "results")).height).toBeGreaterThan(results.height + 120);
    expect(resized.canvas?.height).toBeGreaterThanOrEqual(120);
    // And by keyboard: the handle is a focusable separator.
    await page.getByTestId("drawer-resize").focus();
    await page.keyboard.press("ArrowDown");
    await waitFor(page, (s) => (s.canvas?.height ?? 0) > (resized.canvas?.height ?? 0));

    // A selection unfolds the details panel; folding it keeps the selection and gives the width back.
    await searchAndPick(page, "Zhao", "person:matty-zhao");
    await waitFor(page, (s) => s.selected?.id === "person:matty-zhao");
    expect((await box(page, "details-panel")).width).toBeGreaterThanOrEqual(360);
    await page.getByTestId("collapse-details").click();
    expect((await box(page, "details-panel")).width).toBeLessThanOrEqual(48);
    await page.getByTestId("expand-details").click();
    expect((await box(page, "details-panel")).width).toBeGreaterThanOrEqual(360);
    await screenshot(page, "desk-layout-1440x900-details");
  });
});
