// Client figures in headless Chromium, per repeat: the app's first full frame against a bare sigma page on the same
// data, one frame of that bare page, the JS heap of each, four interactions timed as the researcher feels them
// against the API's answer plus one bare frame, and whether pan, zoom, search, select, evidence and export work.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { build } from "vite";
import { CHROMIUM } from "../../e2e/app";
import { CHROMIUM_ARGS } from "../../e2e/browser";
import {
  coveredMs,
  type InteractionRun,
  interactionRun,
  type PairedFigure,
  pairRuns,
  type Spread,
  spread,
} from "../stats";
import { type CypherDoneFigures, measureCypherDone } from "./cypherDone";

export { CHROMIUM };

const ROOT = resolve(import.meta.dirname, "../../..");
const BARE_OUT = resolve(ROOT, "bench-results/bare");
const VIEWPORT = { width: 1280, height: 800 };

export interface PageFigures {
  firstFrameMs: number;
  jsHeapBytes: number;
  nodes: number;
}

export type Works = Record<"pan" | "zoom" | "search" | "select" | "evidence" | "export", boolean>;

/**
 * The interactions timed from the user's input (the event's timestamp) to the UI showing the result:
 * `evidence`: mousedown on a search hit → its evidence in the details panel (DOM; the canvas is not waited for);
 * `expand`: double-click on a node → its neighbors merged and the next sigma frame drawn;
 * `trace`: click on Trace → paths found, the evidence chain shown and the next sigma frame drawn;
 * `filter`: the timeline's from-thumb dragged to the middle → the next sigma frame with a different node count.
 */
export const INTERACTIONS = ["evidence", "expand", "trace", "filter"] as const;
export type Interaction = (typeof INTERACTIONS)[number];

/** One fresh bare page and one fresh app page. */
export interface BrowserRun {
  bare: PageFigures & { /** One full bare sigma frame (ms, median of five). */ frameMs: number };
  app: PageFigures;
  works: Works;
  /** null: the interaction did not complete within its timeout. */
  interactions: Record<Interaction, InteractionRun | null>;
  /** A researcher's Cypher (CYPHER_DONE_QUERY): server answer and the workspace's "done"; null when it failed. */
  cypher: CypherDoneFigures | null;
}

/** The query the Cypher workspace's "done" is timed on: a hundred relationships with their ends, as a graph. */
export const CYPHER_DONE_QUERY = "MATCH (n)-[r]->(m) RETURN n, r, m LIMIT 100";

export interface InteractionFigure {
  runs: Array<InteractionRun | null>;
  /** Spreads over the completed runs (null when none completed). */
  feltMs: Spread | null;
  apiMs: Spread | null;
  ratio: Spread | null;
}

export interface BrowserFigures {
  runs: BrowserRun[];
  /** App vs bare first frame, per repeat. */
  firstFrame: PairedFigure;
  /** One bare sigma frame at this size (ms). */
  frameMs: Spread;
  /** Peak over the repeats of each page's JS heap after a GC (bytes). */
  jsHeapBytes: { app: number; bare: number };
  /** True only when it worked in every repeat. */
  works: Works;
  interactions: Record<Interaction, InteractionFigure>;
  /** The Cypher workspace: server answer (ms) and the time from the answer to "done" (ms), over completed runs. */
  cypher: { serverMs: Spread; lateMs: Spread } | null;
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

/** The bare sigma page on the stream `query` (the app's own, e.g. "?limit=20000"): its first frame, heap and frame. */
async function measureBare(base: string, expected: number, query: string): Promise<BrowserRun["bare"]> {
  const browser = await open();
  try {
    const js = readFileSync(join(BARE_OUT, "bare.js"));
    await browser.page.route(`${base}/__bench/bare.js`, (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: js }),
    );
    await browser.page.route(
      (url) => url.pathname === "/__bench/bare",
      (route) =>
        route.fulfill({
          status: 200,
          contentType: "text/html",
          body:
            '<!doctype html><html><body style="margin:0"><div id="graph" style="width:100vw;height:100vh"></div>' +
            '<script type="module" src="/__bench/bare.js"></script></body></html>',
        }),
    );
    await browser.page.goto(`${base}/__bench/bare${query}`);
    await browser.page.waitForFunction(() => window.__bare !== undefined, undefined, {
      timeout: TIMEOUT,
      polling: 100,
    });
    const done = (await browser.page.evaluate(() => window.__bare)) as { firstFrame: number; nodes: number };
    if (done.nodes !== expected) throw new Error(`the bare page drew ${done.nodes} nodes, not ${expected}`);
    const frames: number[] = [];
    for (let i = 0; i < 5; i++)
      frames.push(await browser.page.evaluate(() => (window.__bareFrame as () => Promise<number>)()));
    return {
      firstFrameMs: done.firstFrame,
      jsHeapBytes: await jsHeap(browser.page),
      nodes: done.nodes,
      frameMs: spread(frames).median,
    };
  } finally {
    await browser.close();
  }
}

interface Snapshot {
  status: string;
  nodes: number;
  frames: number;
  expansions: string[];
  selected: { kind: string; id: string } | null;
  trace: { status: string; paths: number };
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
const INTERACTION_TIMEOUT = 120_000;

/** What the page shows once an interaction is done (see INTERACTIONS). */
type Done =
  | { kind: "evidence" }
  | { kind: "expand"; before: number }
  | { kind: "trace" }
  | { kind: "filter"; before: number };

/**
 * Arms the page before an input: clears the resource timings and notes the timestamp of the `nth` next `event`
 * (capture phase on the window, so before the app's own handler; sigma's double-click fires on the second click).
 */
async function arm(page: Page, event: string, nth = 1): Promise<void> {
  // tsx keeps function names with an `__name(fn, "name")` helper that the page does not have: `settle`'s inner
  // helpers need it. A string is not transformed.
  await page.evaluate("window.__name = window.__name || ((f) => f)");
  await page.evaluate(
    ({ type, nth }) => {
      performance.setResourceTimingBufferSize(100_000);
      performance.clearResourceTimings();
      const w = window as unknown as { __benchInput?: number };
      w.__benchInput = undefined;
      let seen = 0;
      const listener = (e: Event) => {
        seen += 1;
        if (seen < nth) return;
        w.__benchInput ??= e.timeStamp;
        window.removeEventListener(type, listener, { capture: true });
      };
      window.addEventListener(type, listener, { capture: true });
    },
    { type: event, nth },
  );
}

/**
 * Waits, checking once per animation frame, until the page shows the result; then returns the felt time (input →
 * that frame, ms) and the API requests made in between as [start, end] intervals (page clock, /api/health left out).
 * A result that needs the canvas ends at the first sigma frame drawn at or after the frame the data showed it; if
 * sigma draws none within 5 s the data's frame counts.
 */
async function settle(page: Page, done: Done): Promise<{ feltMs: number; requests: { start: number; end: number }[] }> {
  const handle = await page.waitForFunction(
    (d) => {
      const w = window as unknown as {
        __kg: Hook;
        __benchInput?: number;
        __benchWait?: { resolved: boolean; seenAt?: number; framesAt?: number; lastFrames: number; result?: unknown };
      };
      const s = w.__kg.snapshot();
      const state = w.__benchWait ?? { resolved: false, lastFrames: s.frames };
      w.__benchWait = state;
      const input = w.__benchInput;
      if (input === undefined) return false;
      const q = (id: string) => document.querySelector(`[data-testid="${id}"]`) !== null;
      const shown =
        d.kind === "evidence"
          ? q("evidence")
          : d.kind === "expand"
            ? s.expansions.length > d.before
            : d.kind === "trace"
              ? s.trace.status === "ready" && s.trace.paths > 0 && q("evidence-chain")
              : s.nodes !== d.before;
      const now = performance.now();
      const finish = (at: number) => {
        const requests = (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
          .filter((e) => e.name.includes("/api/") && !e.name.includes("/api/health") && e.startTime >= input - 1)
          .map((e) => ({ start: e.startTime, end: Math.min(e.responseEnd, at) }));
        w.__benchWait = undefined;
        return { feltMs: at - input, requests };
      };
      if (!shown) {
        state.lastFrames = s.frames;
        return false;
      }
      if (d.kind === "evidence") return finish(now);
      if (state.seenAt === undefined) {
        state.seenAt = now;
        // A sigma frame drawn since the last check may already hold the result.
        if (s.frames > state.lastFrames) return finish(now);
        state.framesAt = s.frames;
        return false;
      }
      if (s.frames > (state.framesAt ?? 0)) return finish(now);
      if (now - state.seenAt > 5000) return finish(state.seenAt);
      return false;
    },
    done,
    { timeout: INTERACTION_TIMEOUT, polling: "raf" },
  );
  return (await handle.jsonValue()) as { feltMs: number; requests: { start: number; end: number }[] };
}

/** How long sigma must have drawn nothing for the page to count as settled before an interaction (ms, page clock). */
const QUIET_MS = 1000;

/**
 * Waits until sigma has drawn no frame for QUIET_MS: the work an earlier interaction started (a restyle, a camera move
 * of several frames, which on software WebGL take a bare frame each) is over, so it is not timed with the next one.
 * A poll cannot run while a frame is drawn, so a camera move in progress always shows a new frame.
 */
async function quiet(page: Page): Promise<void> {
  await page.waitForFunction(
    (quietMs) => {
      const w = window as unknown as { __kg: Hook; __benchQuiet?: { frames: number; since: number } };
      const frames = w.__kg.snapshot().frames;
      const now = performance.now();
      if (!w.__benchQuiet || w.__benchQuiet.frames !== frames) w.__benchQuiet = { frames, since: now };
      if (now - w.__benchQuiet.since < quietMs) return false;
      w.__benchQuiet = undefined;
      return true;
    },
    QUIET_MS,
    { timeout: INTERACTION_TIMEOUT, polling: 100 },
  );
}

/**
 * Runs one interaction: set up (`done`), wait for the page to settle, arm, act, settle; null (and the page's wait
 * state reset) when it did not complete.
 */
async function interaction(
  page: Page,
  event: string | { type: string; nth: number },
  act: () => Promise<void>,
  done: () => Promise<Done>,
  frameMs: number,
): Promise<InteractionRun | null> {
  const input = typeof event === "string" ? { type: event, nth: 1 } : event;
  try {
    const d = await done();
    await quiet(page);
    await arm(page, input.type, input.nth);
    await act();
    const { feltMs, requests } = await settle(page, d);
    return interactionRun(feltMs, coveredMs(requests), frameMs);
  } catch (error) {
    process.stderr.write(
      `    ${input.type} interaction did not complete: ${error instanceof Error ? error.message : error}\n`,
    );
    await page.evaluate(() => {
      (window as unknown as { __benchWait?: unknown }).__benchWait = undefined;
    });
    return null;
  }
}

/** Who the interactions are about: the most connected entity, and an entity two hops from it to trace to. */
export interface BenchTargets {
  hub: { id: string; name: string };
  far: { id: string; name: string } | null;
}

async function checkWorks(
  page: Page,
  base: string,
  targets: BenchTargets,
  frameMs: number,
): Promise<Pick<BrowserRun, "works" | "interactions" | "cypher">> {
  const { hub, far } = targets;
  const works: Works = { pan: false, zoom: false, search: false, select: false, evidence: false, export: false };
  const interactions: BrowserRun["interactions"] = { evidence: null, expand: null, trace: null, filter: null };
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

  // Click a search hit → its evidence shown.
  const hit = page.getByTestId("search-hit").first();
  interactions.evidence = await interaction(
    page,
    "mousedown",
    () => hit.click({ timeout: INTERACTION_TIMEOUT }),
    async () => {
      await page.getByTestId("search-input").fill(hub.name);
      await hit.waitFor({ timeout: INTERACTION_TIMEOUT });
      works.search = true;
      return { kind: "evidence" };
    },
    frameMs,
  );
  works.evidence = interactions.evidence !== null;
  try {
    await page.waitForFunction(
      (id) => (window as unknown as { __kg: Hook }).__kg.snapshot().selected?.id === id,
      hub.id,
      { timeout: INTERACTION_TIMEOUT, polling: 500 },
    );
    works.select = true;
  } catch {
    // A step that did not happen stays false.
  }

  // Double-click the hub → its neighbors drawn (after the search's restyle and camera move have ended: quiet).
  // Timed from the second click: sigma reads it as the double-click and asks for the neighbours at once, before the
  // browser's own dblclick event.
  interactions.expand = await interaction(
    page,
    { type: "click", nth: 2 },
    async () => {
      const at = await page.evaluate((id) => (window as unknown as { __kg: Hook }).__kg.nodeOnPage(id), hub.id);
      if (!at) throw new Error("the hub is not drawn");
      await page.mouse.dblclick(at.x, at.y);
    },
    async () => ({ kind: "expand", before: (await snapshot(page)).expansions.length }),
    frameMs,
  );

  // Trace from the hub to an entity two hops away → paths drawn and the chain shown.
  if (far) {
    interactions.trace = await interaction(
      page,
      "click",
      () => page.getByTestId("trace-run").click({ timeout: INTERACTION_TIMEOUT }),
      async () => {
        await page.getByTestId("tab-trace").click();
        for (const [end, who] of [
          ["trace-from", hub],
          ["trace-to", far],
        ] as const) {
          await page.getByTestId(`${end}-input`).fill(who.name);
          await page.getByTestId(`${end}-hit`).first().click({ timeout: INTERACTION_TIMEOUT });
        }
        return { kind: "trace" };
      },
      frameMs,
    );
  }

  // The timeline's range slider: the from-thumb dragged to the middle of the track, timed from the move that takes it
  // there → redrawn without the claims outside the period.
  interactions.filter = await interaction(
    page,
    "mousemove",
    async () => {
      const track = await page.getByTestId("period-track").boundingBox();
      if (!track) throw new Error("the timeline's track is not shown");
      await page.mouse.down();
      await page.mouse.move(track.x + track.width / 2, track.y + track.height / 2);
      await page.mouse.up();
    },
    async () => {
      await page.getByTestId("tab-filters").click();
      // The timeline sits below the fold of the Filters tab at bench sizes: bring it into view before pointing at it.
      await page.getByTestId("period-track").scrollIntoViewIfNeeded({ timeout: INTERACTION_TIMEOUT });
      const thumb = await page.getByTestId("period-from").boundingBox({ timeout: INTERACTION_TIMEOUT });
      if (!thumb) throw new Error("the timeline's from-thumb is not shown");
      // The pointer rests on the thumb before the timing is armed, so only the drag's move is timed.
      await page.mouse.move(thumb.x + thumb.width / 2, thumb.y + thumb.height / 2);
      return { kind: "filter", before: (await snapshot(page)).nodes };
    },
    frameMs,
  );

  let cypher: CypherDoneFigures | null = null;
  try {
    cypher = await measureCypherDone(page, CYPHER_DONE_QUERY);
  } catch (error) {
    process.stderr.write(`    Cypher "done" did not complete: ${error instanceof Error ? error.message : error}\n`);
  }

  works.export = await page.evaluate(
    async ({ url, id }) => {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ format: "graphml", select: { by: "neighborhood", id, depth: 1 } }),
      });
      return res.ok && (await res.text()).includes("<graphml");
    },
    { url: `${base}/api/export`, id: hub.id },
  );
  return { works, interactions, cypher };
}

/** Opens the app and waits for its first full frame of `expected` nodes, the last streamed being `lastKey`. */
async function appFirstFrame(page: Page, base: string, expected: number, lastKey: string): Promise<PageFigures> {
  await page.goto(base);
  const firstFrame = await page.waitForFunction(
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
  const nodes = (await snapshot(page)).nodes;
  return { firstFrameMs, jsHeapBytes: await jsHeap(page), nodes };
}

async function measureApp(
  base: string,
  expected: number,
  lastKey: string,
  targets: BenchTargets,
  frameMs: number,
): Promise<PageFigures & Pick<BrowserRun, "works" | "interactions" | "cypher">> {
  const browser = await open();
  try {
    const first = await appFirstFrame(browser.page, base, expected, lastKey);
    const checked = await checkWorks(browser.page, base, targets, frameMs);
    return { ...first, ...checked };
  } finally {
    await browser.close();
  }
}

/** What the app opens on at scale: its first frame against the bare page on the same stream, and its notice. */
export interface OpeningFigures {
  bare: BrowserRun["bare"];
  app: PageFigures & {
    /** The overview notice's text, as the researcher reads it (null: no notice shown). */ notice: string | null;
  };
  /** app first frame / bare first frame. */
  ratio: number;
}

/**
 * The 1M path's client figure (one repeat): the bare sigma page and then the app, each in a fresh profile, on the
 * stream the app opens on (`graph.query`, the overview's limit), without the interactions of measureBrowser.
 */
export async function measureOpening(
  base: string,
  graph: { nodes: number; lastKey: string; query: string },
): Promise<OpeningFigures> {
  const bare = await measureBare(base, graph.nodes, graph.query);
  const browser = await open();
  try {
    const first = await appFirstFrame(browser.page, base, graph.nodes, graph.lastKey);
    const notice = browser.page.getByTestId("overview-notice");
    const text = (await notice.count()) > 0 ? await notice.first().textContent() : null;
    return {
      bare,
      app: { ...first, notice: text?.replace(/\s+/g, " ").trim() ?? null },
      ratio: first.firstFrameMs / bare.firstFrameMs,
    };
  } finally {
    await browser.close();
  }
}

function interactionFigure(runs: Array<InteractionRun | null>): InteractionFigure {
  const done = runs.filter((r) => r !== null);
  const of = (pick: (r: InteractionRun) => number) => (done.length === 0 ? null : spread(done.map(pick)));
  return { runs, feltMs: of((r) => r.feltMs), apiMs: of((r) => r.apiMs), ratio: of((r) => r.ratio) };
}

/**
 * `repeats` times: the bare page, then the app, each in a fresh browser profile (interleaved, so load drift hits
 * both); each app run's interactions are compared with the bare frame of the same repeat.
 */
export async function measureBrowser(
  base: string,
  graph: {
    nodes: number;
    lastKey: string /** The stream the app opens on (openingQuery). */;
    query: string;
  } & BenchTargets,
  repeats: number,
  say: (line: string) => void = () => {},
): Promise<BrowserFigures> {
  const runs: BrowserRun[] = [];
  for (let i = 0; i < repeats; i++) {
    say(`  browser repeat ${i + 1}/${repeats}: bare sigma, then the app ...`);
    const bare = await measureBare(base, graph.nodes, graph.query);
    const { works, interactions, cypher, ...app } = await measureApp(
      base,
      graph.nodes,
      graph.lastKey,
      graph,
      bare.frameMs,
    );
    runs.push({ bare, app, works, interactions, cypher });
  }
  const works = Object.fromEntries(
    Object.keys(runs[0]?.works ?? {}).map((k) => [k, runs.every((r) => r.works[k as keyof Works])]),
  ) as Works;
  return {
    runs,
    firstFrame: pairRuns(
      runs.map((r) => r.app.firstFrameMs),
      runs.map((r) => r.bare.firstFrameMs),
    ),
    frameMs: spread(runs.map((r) => r.bare.frameMs)),
    jsHeapBytes: {
      app: Math.max(...runs.map((r) => r.app.jsHeapBytes)),
      bare: Math.max(...runs.map((r) => r.bare.jsHeapBytes)),
    },
    works,
    interactions: Object.fromEntries(
      INTERACTIONS.map((k) => [k, interactionFigure(runs.map((r) => r.interactions[k]))]),
    ) as Record<Interaction, InteractionFigure>,
    cypher: cypherFigure(runs.map((r) => r.cypher)),
  };
}

function cypherFigure(runs: Array<CypherDoneFigures | null>): BrowserFigures["cypher"] {
  const done = runs.filter((r) => r !== null && Number.isFinite(r.serverMs)) as CypherDoneFigures[];
  if (done.length === 0) return null;
  return {
    serverMs: spread(done.map((r) => r.serverMs)),
    lateMs: spread(done.map((r) => Math.max(0, r.doneMs - r.serverMs))),
  };
}
