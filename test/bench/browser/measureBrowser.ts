// Client figures in headless Chromium: the app's first full frame against a bare sigma page on the same data,
// the JS heap of each, and whether pan, zoom, search, select, the evidence panel and export work at this size.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { build } from "vite";
import { CHROMIUM } from "../../e2e/app";
import { CHROMIUM_ARGS } from "../../e2e/browser";

export { CHROMIUM };

const ROOT = resolve(import.meta.dirname, "../../..");
const BARE_OUT = resolve(ROOT, "bench-results/bare");
const VIEWPORT = { width: 1280, height: 800 };

export interface PageFigures {
  firstFrameMs: number;
  jsHeapBytes: number;
  nodes: number;
}

export interface BrowserFigures {
  app: PageFigures;
  bare: PageFigures;
  /** app ÷ bare first frame. */
  ratio: number;
  works: Record<"pan" | "zoom" | "search" | "select" | "evidence" | "export", boolean>;
  /** From clicking a search hit to its evidence in the details panel (null when it did not show). */
  selectToEvidenceMs: number | null;
}

/** Bundles the bare page once (sigma and graphology only). */
export async function buildBarePage(): Promise<void> {
  await build({
    configFile: false,
    logLevel: "warn",
    build: {
      outDir: BARE_OUT,
      emptyOutDir: true,
      lib: { entry: resolve(import.meta.dirname, "bare.ts"), formats: ["es"], fileName: () => "bare.js" },
    },
  });
}

async function open(): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "kg-bench-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function jsHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const usage = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
  await cdp.detach();
  return usage.usedSize;
}

const TIMEOUT = 600_000;

async function measureBare(base: string, expected: number): Promise<PageFigures> {
  const browser = await open();
  try {
    const js = readFileSync(join(BARE_OUT, "bare.js"));
    await browser.page.route(`${base}/__bench/bare.js`, (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: js }),
    );
    await browser.page.route(`${base}/__bench/bare`, (route) =>
      route.fulfill({
        status: 200,
        contentType: "text/html",
        body:
          '<!doctype html><html><body style="margin:0"><div id="graph" style="width:100vw;height:100vh"></div>' +
          '<script type="module" src="/__bench/bare.js"></script></body></html>',
      }),
    );
    await browser.page.goto(`${base}/__bench/bare`);
    await browser.page.waitForFunction(() => window.__bare !== undefined, undefined, {
      timeout: TIMEOUT,
      polling: 100,
    });
    const done = (await browser.page.evaluate(() => window.__bare)) as { firstFrame: number; nodes: number };
    if (done.nodes !== expected) throw new Error(`the bare page drew ${done.nodes} nodes, not ${expected}`);
    return { firstFrameMs: done.firstFrame, jsHeapBytes: await jsHeap(browser.page), nodes: done.nodes };
  } finally {
    await browser.close();
  }
}

interface Snapshot {
  status: string;
  nodes: number;
  frames: number;
  selected: { kind: string; id: string } | null;
}
type Hook = {
  snapshot(): Snapshot;
  hasNode(id: string): boolean;
  nodeOnPage(id: string): { x: number; y: number } | null;
};

async function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => (window as unknown as { __kg: Hook }).__kg.snapshot());
}

async function waitForFrames(page: Page, after: number): Promise<boolean> {
  try {
    await page.waitForFunction((n) => (window as unknown as { __kg: Hook }).__kg.snapshot().frames > n, after, {
      timeout: 60_000,
      polling: 200,
    });
    return true;
  } catch {
    return false;
  }
}

/** Interactions on a large graph are slow on software WebGL: generous waits, the time is reported instead. */
const INTERACTION_TIMEOUT = 180_000;

async function checkWorks(
  page: Page,
  base: string,
  hubId: string,
  hubName: string,
): Promise<Pick<BrowserFigures, "works" | "selectToEvidenceMs">> {
  const works: BrowserFigures["works"] = {
    pan: false,
    zoom: false,
    search: false,
    select: false,
    evidence: false,
    export: false,
  };
  let selectToEvidenceMs: number | null = null;
  const canvas = page.getByTestId("graph-canvas");
  const box = await canvas.boundingBox();
  if (box) {
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    let frames = (await snapshot(page)).frames;
    await page.mouse.move(cx, cy);
    await page.mouse.wheel(0, -400);
    works.zoom = await waitForFrames(page, frames);
    frames = (await snapshot(page)).frames;
    await page.mouse.move(cx + 5, cy + 5);
    await page.mouse.down();
    await page.mouse.move(cx + 120, cy + 60, { steps: 5 });
    await page.mouse.up();
    works.pan = await waitForFrames(page, frames);
  }
  try {
    const input = page.getByTestId("search-input");
    await input.fill(hubName);
    const hit = page.getByTestId("search-hit").first();
    await hit.waitFor({ timeout: INTERACTION_TIMEOUT });
    works.search = true;
    const clickedAt = Date.now();
    await hit.click({ timeout: INTERACTION_TIMEOUT });
    await page.waitForFunction(
      (id) => (window as unknown as { __kg: Hook }).__kg.snapshot().selected?.id === id,
      hubId,
      { timeout: INTERACTION_TIMEOUT, polling: 500 },
    );
    works.select = true;
    await page.getByTestId("evidence").first().waitFor({ timeout: INTERACTION_TIMEOUT });
    works.evidence = true;
    selectToEvidenceMs = Date.now() - clickedAt;
  } catch {
    // A step that did not happen stays false.
  }
  const exported = await page.evaluate(
    async ({ url, id }) => {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ format: "graphml", select: { by: "neighborhood", id, depth: 1 } }),
      });
      return res.ok && (await res.text()).includes("<graphml");
    },
    { url: `${base}/api/export`, id: hubId },
  );
  works.export = exported;
  return { works, selectToEvidenceMs };
}

async function measureApp(
  base: string,
  expected: number,
  lastKey: string,
  hub: { id: string; name: string },
): Promise<PageFigures & Pick<BrowserFigures, "works" | "selectToEvidenceMs">> {
  const browser = await open();
  try {
    await browser.page.goto(base);
    const firstFrame = await browser.page.waitForFunction(
      ({ key, n }) => {
        const kg = (window as unknown as { __kg?: Hook }).__kg;
        if (!kg?.hasNode(key)) return 0;
        const s = kg.snapshot();
        if (s.status !== "ready" || s.nodes < n) return 0;
        // The app marks the animation frame after sigma drew the whole graph, as the bare page does; polling every
        // 100 ms would add up to 100 ms and the frame's WebGL work to the app's time only. Without the mark (an app
        // that did not stream), the next frame.
        return new Promise<number>((r) =>
          requestAnimationFrame(() =>
            r(performance.getEntriesByName("kg:first-frame").at(-1)?.startTime ?? performance.now()),
          ),
        );
      },
      { key: lastKey, n: expected },
      { timeout: TIMEOUT, polling: 100 },
    );
    const firstFrameMs = (await firstFrame.jsonValue()) as number;
    const nodes = (await snapshot(browser.page)).nodes;
    const jsHeapBytes = await jsHeap(browser.page);
    const checked = await checkWorks(browser.page, base, hub.id, hub.name);
    return { firstFrameMs, jsHeapBytes, nodes, ...checked };
  } finally {
    await browser.close();
  }
}

/** Bare page first, then the app, each in a fresh browser profile. */
export async function measureBrowser(
  base: string,
  graph: { nodes: number; lastKey: string; hub: { id: string; name: string } },
): Promise<BrowserFigures> {
  const bare = await measureBare(base, graph.nodes);
  const { works, selectToEvidenceMs, ...app } = await measureApp(base, graph.nodes, graph.lastKey, graph.hub);
  return { app, bare, ratio: app.firstFrameMs / bare.firstFrameMs, works, selectToEvidenceMs };
}
