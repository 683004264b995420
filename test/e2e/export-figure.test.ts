// Figures for papers in real headless Chromium: the PNG at a chosen scale frames the whole graph with a legend and the
// citation footer, and no label touches the frame's edge; the SVG frames the same way; the Cypher script comes from the server.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readPngText } from "../../client/src/core/export/png";
import { ARTIFACTS, type Browser, openBrowser } from "./browser";
import { openExplorer } from "./helpers";

async function exportPng(page: Page, scale: number): Promise<{ png: Buffer; message: string }> {
  if (!(await page.getByTestId("export-panel").isVisible())) await page.getByTestId("open-export").click();
  await page.getByTestId("export-format-png").check();
  await page.getByTestId(`export-scale-${scale}`).check();
  const download = page.waitForEvent("download", { timeout: 120_000 });
  await page.getByTestId("export-run").click();
  const png = await readFile(await (await download).path());
  const message = (await page.getByTestId("export-message").textContent()) ?? "";
  return { png, message };
}

/** The PNG's size, and how many non-white pixels lie in the `strip` outermost columns on each side and the top rows. */
function inspect(page: Page, png: Buffer, strip: number) {
  return page.evaluate(
    async ({ base64, strip }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d");
      if (!context) throw new Error("no 2D context");
      context.drawImage(image, 0, 0);
      const inked = (x: number, y: number, w: number, h: number) => {
        const { data } = context.getImageData(x, y, w, h);
        let n = 0;
        for (let i = 0; i < data.length; i += 4)
          if ((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0) < 750) n++;
        return n;
      };
      const all = inked(0, 0, image.width, image.height);
      return {
        width: image.width,
        height: image.height,
        ratio: window.devicePixelRatio,
        left: inked(0, 0, strip, image.height),
        right: inked(image.width - strip, 0, strip, image.height),
        top: inked(0, 0, image.width, strip),
        inked: all,
      };
    },
    { base64: png.toString("base64"), strip },
  );
}

describe("figures for papers", () => {
  const url = inject("appUrl");
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
    await openExplorer(browser.page, url);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("should draw the whole graph at 4× (4,800 px wide), with legend and sources, cutting no label", async () => {
    const { page } = browser;
    const { png, message } = await exportPng(page, 4);
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(join(ARTIFACTS, "figure-4x.png"), png);
    const seen = await inspect(page, png, 8);
    expect(seen.width).toBe(Math.round(1200 * 4 * seen.ratio));
    expect(message).toContain(`${seen.width}×${seen.height} px at 4×`);
    // Nothing drawn touches the frame's sides or top: every disc and label is inside, and so is the legend.
    expect([seen.left, seen.right, seen.top]).toEqual([0, 0, 0]);
    expect(seen.inked).toBeGreaterThan(10_000);
    const text = readPngText(new Uint8Array(png));
    const citations = JSON.parse(text["kg-explorer:citations"] ?? "{}");
    expect(citations.sources.map((s: { id: string }) => s.id)).toContain("bofa-china-ai-capex");
    expect(text.Source).toContain("[bofa-china-ai-capex]");
  });

  it("should draw 1× and 2× at 1,200 and 2,400 px with the same frame", async () => {
    const { page } = browser;
    const one = await inspect(page, (await exportPng(page, 1)).png, 4);
    const two = await inspect(page, (await exportPng(page, 2)).png, 4);
    expect(one.width).toBe(Math.round(1200 * one.ratio));
    expect(two.width).toBe(2 * one.width);
    expect(Math.abs(two.height - 2 * one.height)).toBeLessThanOrEqual(2);
    expect([two.left, two.right, two.top]).toEqual([0, 0, 0]);
  });

  it("should frame the SVG the same way, with a legend and the sources cited", async () => {
    const { page } = browser;
    await page.getByTestId("export-format-svg").check();
    const download = page.waitForEvent("download", { timeout: 60_000 });
    await page.getByTestId("export-run").click();
    const svg = (await readFile(await (await download).path())).toString("utf8");
    await writeFile(join(ARTIFACTS, "figure.svg"), svg);
    expect(svg).toMatch(/<svg [^>]*width="1200"/);
    expect(svg).toContain('<g class="legend"');
    expect(svg).toContain(">Organization</text>");
    expect(svg).toContain("[bofa-china-ai-capex]");
  });

  it("should have the server write the view's Cypher script, with every stored property and the schema", async () => {
    const { page } = browser;
    await page.getByTestId("export-format-cypher").check();
    await page.getByTestId("export-scope-view").check();
    const download = page.waitForEvent("download", { timeout: 60_000 });
    await page.getByTestId("export-run").click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^kg-export-.*\.cypher$/);
    const script = (await readFile(await file.path())).toString("utf8");
    expect(script).toContain("CREATE FULLTEXT INDEX entity_names IF NOT EXISTS");
    expect(script).toContain("`searchKeys`: [");
    expect(script).toContain("`translationTexts`: [");
    await expect(page.getByTestId("export-message").textContent()).resolves.toContain("written by the server");
  });
});
