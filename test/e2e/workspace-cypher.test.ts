// The Cypher workspace, exports and deep links in real headless Chromium against the real app and Neo4j.
import { readFile } from "node:fs/promises";
import Graph from "graphology";
import * as gexf from "graphology-gexf";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readPngText } from "../../client/src/core/export/png";
import { createDb, type Db } from "../../server/neo4j/driver";
import { type Browser, openBrowser, screenshot } from "./browser";
import { distinctColours, openExplorer, searchAndPick, snapshot, waitFor } from "./helpers";

/** The researcher's question of the issue, with the model's property names. */
const DEEPSEEK = "MATCH p=(:Organization {name:'DeepSeek'})-[*..3]-(x) RETURN p";

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

async function watchCsp(browser: Browser): Promise<void> {
  await browser.page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations?.push(`${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
}

const cspViolations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);

async function openWorkspace(page: Page): Promise<void> {
  if (!(await page.getByTestId("cypher-drawer").isVisible())) await page.getByTestId("open-cypher").click();
  await page.getByTestId("cypher-input").waitFor();
}

/** Replaces the editor's text by typing it, as a researcher would. */
async function typeQuery(page: Page, query: string): Promise<void> {
  // Focus, not a click: a completion pop-up left open over the editor would take the click.
  await page.getByTestId("cypher-input").focus();
  await page.keyboard.press("Control+a");
  await page.keyboard.press("Delete");
  // Line by line, closing the completion pop-up before each Enter: on a busy machine the pop-up can still be open when
  // the line ends, and Enter would accept a completion instead of breaking the line.
  const lines = query.split("\n");
  for (const [i, line] of lines.entries()) {
    if (i > 0) {
      await page.keyboard.press("Escape");
      await page.keyboard.press("Enter");
    }
    await page.keyboard.type(line, { delay: 5 });
  }
  // Closing brackets and quotes are typed over, so the text is exactly what was typed.
  // biome-ignore lint/performance/useDomNodeTextContent: CodeMirror's lines are elements; only innerText has the line breaks.
  await expect(page.getByTestId("cypher-input").innerText()).resolves.toBe(query);
}

async function runWithKeyboard(page: Page): Promise<void> {
  await page.getByTestId("cypher-input").focus();
  await page.keyboard.press("Control+Enter");
  await waitFor(page, (s) => s.workspace.status === "done" || s.workspace.status === "error", 30_000);
}

async function exportFile(page: Page, scope: string, format: string): Promise<Buffer> {
  if (!(await page.getByTestId("export-panel").isVisible())) await page.getByTestId("open-export").click();
  await page.getByTestId(`export-format-${format}`).check();
  await page.getByTestId(`export-scope-${scope}`).check();
  const download = page.waitForEvent("download", { timeout: 30_000 });
  await page.getByTestId("export-run").click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(new RegExp(`^kg-export-.*\\.${format === "csv" ? "zip" : format}$`));
  const path = await file.path();
  return readFile(path);
}

describe("Cypher workspace, exports and links", () => {
  const url = inject("appUrl");
  let browser: Browser;
  let db: Db;

  beforeAll(async () => {
    db = createDb(inject("neo4j"));
    browser = await openBrowser();
    await watchCsp(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await db?.close();
  });

  it("should refuse a run whose parameters are not valid JSON or miss a $parameter, before it reaches the server", async () => {
    const { page } = browser;
    await openExplorer(page, url);
    await openWorkspace(page);
    await typeQuery(page, "MATCH (e:Entity {id: $entityId}) RETURN e");
    await page.getByTestId("params-input").fill('{"entityId": "org:deepseek",}');
    await runWithKeyboard(page);
    expect((await snapshot(page)).workspace.error).toBe("PARAMS_INVALID");
    await expect(page.getByTestId("cypher-error").textContent()).resolves.toContain("line 1");
    await page.getByTestId("params-input").fill("{}");
    await runWithKeyboard(page);
    expect((await snapshot(page)).workspace.error).toBe("PARAMS_MISSING");
    await expect(page.getByTestId("cypher-error").textContent()).resolves.toContain("$entityId");
    await page.getByTestId("params-input").fill('{"entityId": "org:deepseek"}');
    await runWithKeyboard(page);
    const state = await snapshot(page);
    expect(state.workspace).toMatchObject({ status: "done", error: null, rows: 1, nodes: 1 });
  });

  it("should mark Neo4j's syntax error at its line and column in the editor", async () => {
    const { page } = browser;
    await openExplorer(page, url);
    await openWorkspace(page);
    await page.getByTestId("params-input").fill("");
    await typeQuery(page, "MATCH (n:Organization)\nRETURN n LIMT 5");
    await runWithKeyboard(page);
    expect((await snapshot(page)).workspace.error).toBe("CYPHER_INVALID");
    const error = (await page.getByTestId("cypher-error").textContent()) ?? "";
    expect(error).toMatch(/line 2, column \d+/);
    const marked = page.getByTestId("cypher-editor").locator(".cm-lintRange-error");
    await marked.first().waitFor();
    await expect(marked.first().textContent()).resolves.toBe("LIMT");
  });

  it("should run the DeepSeek question with Ctrl+Enter, show it as a graph and a table, and add it to the canvas", async () => {
    const { page } = browser;
    await openExplorer(page, url);
    await openWorkspace(page);
    await page.getByTestId("params-input").fill("");
    // First narrow the canvas to the countries, so adding the result visibly adds to it.
    await typeQuery(page, "MATCH (c:Country) RETURN c");
    await runWithKeyboard(page);
    await page.getByTestId("result-replace").click();
    const countries = await waitFor(page, (s) => s.dataNodes === 2 && s.nodes === 2);
    expect(countries.workspace.canvasSteps).toBe(1);

    await typeQuery(page, DEEPSEEK);
    await runWithKeyboard(page);
    const ran = await snapshot(page);
    expect(ran.workspace.status).toBe("done");
    expect(ran.workspace.nodes).toBeGreaterThan(10);
    // As a graph: the preview draws the result.
    await page.getByTestId("result-tab-graph").click();
    const preview = await page.getByTestId("result-graph").screenshot();
    expect(await distinctColours(page, preview)).toBeGreaterThan(20);
    // As a table: one row per path, up to the cap, sortable and resizable.
    await page.getByTestId("result-tab-table").click();
    const rows = page.getByTestId("result-row");
    expect(await rows.count()).toBe(ran.workspace.rows);
    await expect(rows.first().textContent()).resolves.toContain("(:Organization DeepSeek)");
    const header = page.getByTestId("result-column").first();
    await header.getByRole("button").click();
    await expect(header.getAttribute("aria-sort")).resolves.toBe("ascending");
    const before = (await header.boundingBox())?.width ?? 0;
    const handle = (await page.getByTestId("col-resize").first().boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + 120, handle.y + handle.height / 2, { steps: 5 });
    await page.mouse.up();
    expect((await header.boundingBox())?.width ?? 0).toBeGreaterThan(before + 80);
    // Up to the caps: the paths through the article's source node carry its whole text, so bytes may cut first.
    if (ran.workspace.truncatedReason) {
      await expect(page.getByTestId("truncated-notice").getAttribute("data-reason")).resolves.toBe(
        ran.workspace.truncatedReason,
      );
    }
    await page.getByTestId("result-tab-json").click();
    await expect(page.getByTestId("result-json").textContent()).resolves.toContain('"columns"');
    await screenshot(page, "workspace-01-table");

    // Added to the canvas: the two countries stay, the result's nodes join them.
    await page.getByTestId("result-tab-graph").click();
    await page.getByTestId("result-add").click();
    const added = await waitFor(page, (s) => s.dataNodes > 2 && s.nodes === s.dataNodes);
    expect(added.workspace.canvasSteps).toBe(2);
    expect(await page.evaluate(() => window.__kg?.hasNode("country:china"))).toBe(true);
    expect(await page.evaluate(() => window.__kg?.hasNode("org:deepseek"))).toBe(true);
    expect(added.dataNodes).toBeGreaterThanOrEqual(ran.workspace.nodes);
    await screenshot(page, "workspace-02-added");
    expect(await cspViolations(page)).toEqual([]);
  });

  it("should export the query result as GEXF whose every edge carries the evidence stored in Neo4j", async () => {
    const { page } = browser;
    const xml = (await exportFile(page, "result", "gexf")).toString("utf8");
    await expect(page.getByTestId("export-message").textContent()).resolves.toMatch(/^Saved kg-export-/);
    const graph = gexf.parse(Graph, xml);
    expect(graph.order).toBeGreaterThan(10);
    expect(graph.hasNode("org:deepseek")).toBe(true);
    // Drawing attributes for Gephi: position, colour, size.
    expect(graph.getNodeAttributes("org:deepseek")).toMatchObject({
      color: expect.stringMatching(/^rgb/),
      size: expect.any(Number),
      x: expect.any(Number),
      y: expect.any(Number),
    });
    // The bibliography is in <meta><description>, one `[id] Title.` line per source (Gephi's workspace description).
    const description = String(graph.getAttribute("description"));
    const sources = [...description.matchAll(/^\[([^\]]+)\] /gm)].map((m) => ({ id: m[1] as string }));
    expect(sources.length).toBeGreaterThan(0);
    let checked = 0;
    for (const key of graph.edges()) {
      const [source, type, target] = key.split("|");
      const stored = await db.read(
        `MATCH (a {id: $source})-[r:$($type)]->(b {id: $target})
         RETURN r.quotes AS quotes, r.starts AS starts, r.sourceIds AS sourceIds`,
        { source, type, target },
      );
      const row = stored.records[0];
      if (!row) throw new Error(`${key} is not in Neo4j`);
      const evidence = JSON.parse(graph.getEdgeAttribute(key, "evidence") as string) as {
        quote: string;
        start: number;
        sourceId: string;
      }[];
      expect(evidence.map((e) => e.quote)).toEqual(row.get("quotes"));
      expect(evidence.map((e) => e.start)).toEqual(
        (row.get("starts") as { toNumber(): number }[]).map((n) => n.toNumber()),
      );
      for (const e of evidence) expect(sources.map((s) => s.id)).toContain(e.sourceId);
      checked++;
    }
    expect(checked).toBe(graph.size);
    expect(checked).toBeGreaterThan(10);
  });

  it("should export the view as a PNG that is not blank and carries the bibliography and evidence", async () => {
    const { page } = browser;
    const png = await exportFile(page, "view", "png");
    // A blank image has one or two colours; the view has type colours and antialiased edges and labels.
    expect(await distinctColours(page, png)).toBeGreaterThan(20);
    const text = readPngText(new Uint8Array(png));
    const citations = JSON.parse(text["kg-explorer:citations"] ?? "{}");
    expect(citations.sources.length).toBeGreaterThan(0);
    expect(citations.edges.length).toBeGreaterThan(0);
    expect(citations.edges[0].evidence[0].quote.length).toBeGreaterThan(0);
    expect(text.Source).toContain(citations.sources[0].title);
    const svg = (await exportFile(page, "view", "svg")).toString("utf8");
    expect(svg).toContain("<svg");
    expect(svg).toContain("Sources cited");
    expect(await cspViolations(page)).toEqual([]);
  });

  it("should open a copied link in a fresh browser with the same canvas, selection, filters and language", async () => {
    const { page } = browser;
    await openExplorer(page, url);
    await openWorkspace(page);
    await typeQuery(page, DEEPSEEK);
    await runWithKeyboard(page);
    await page.getByTestId("result-tab-graph").click();
    await page.getByTestId("result-replace").click();
    await searchAndPick(page, "DeepSeek", "org:deepseek");
    await page.getByTestId("tab-filters").click();
    await page.getByTestId("legend").locator('[title="Hide Claim"]').click();
    await page.getByTestId("lang-ar").click();
    const shared = await waitFor(
      page,
      (s) => s.selected?.id === "org:deepseek" && s.filters.hiddenNodeTypes.length === 1,
    );
    await page.waitForTimeout(600);
    await page.getByTestId("copy-link").click();
    const link = await page.getByTestId("link-url").inputValue();
    expect(link).toContain("#v=1&q=");
    expect(link.length).toBeLessThan(8000);

    const colleague = await openBrowser();
    try {
      await colleague.page.goto(link);
      const seen = await waitFor(
        colleague.page,
        (s) => s.status === "ready" && s.selected?.id === "org:deepseek" && s.nodes > 0,
        30_000,
      );
      expect(seen.selected).toEqual(shared.selected);
      expect(seen.filters).toEqual(shared.filters);
      expect(seen.language).toBe("ar");
      expect(seen.dataNodes).toBe(shared.dataNodes);
      expect(seen.nodes).toBe(shared.nodes);
      expect(seen.workspace.canvasSteps).toBe(1);
      expect(seen.camera?.ratio).toBeCloseTo(shared.camera?.ratio ?? 0, 2);
      // The same drawing: positions travel in the link.
      const mine = await page.evaluate(() => window.__kg?.nodePosition("org:deepseek"));
      const theirs = await colleague.page.evaluate(() => window.__kg?.nodePosition("org:deepseek"));
      expect(theirs?.x).toBeCloseTo(mine?.x ?? Number.NaN, 0);
      expect(theirs?.y).toBeCloseTo(mine?.y ?? Number.NaN, 0);
      await expect(colleague.page.getByTestId("details-title").textContent()).resolves.toBe("DeepSeek");
      await screenshot(colleague.page, "workspace-03-link-opened");
    } finally {
      await colleague.close();
    }
  });

  it("should show a map shaped like a node as a map, floats and NaN as Neo4j writes them, and draw nothing", async () => {
    const { page } = browser;
    await openExplorer(page, url);
    await openWorkspace(page);
    await page.getByTestId("params-input").fill("");
    await typeQuery(
      page,
      "RETURN {elementId: 'x', labels: ['Entity'], properties: {id: 'org:fake', name: 'Fake'}} AS n, " +
        "{__proto__: 'kept', constructor: 1} AS m, 48.0 AS f, 48 AS i, 0.0/0.0 AS nan, -1.0/0.0 AS ninf",
    );
    await runWithKeyboard(page);
    const ran = await snapshot(page);
    expect(ran.workspace).toMatchObject({ status: "done", rows: 1, nodes: 0, truncatedReason: null });
    const cells = await page.getByTestId("result-row").first().locator("td").allTextContents();
    expect(cells[0]).toMatch(/^\{.*elementId: "x".*\}$/);
    expect(cells[0]).toContain('name: "Fake"');
    expect(cells.slice(1)).toEqual(['{__proto__: "kept", constructor: 1}', "48.0", "48", "NaN", "-Infinity"]);
    await page.getByTestId("result-tab-graph").click();
    await expect(page.getByTestId("result-add").isDisabled()).resolves.toBe(true);
    await page.getByTestId("result-tab-json").click();
    const json = (await page.getByTestId("result-json").textContent()) ?? "";
    expect(json).toContain('"__proto__": {');
    expect(json).toContain('"_value": "NaN"');
    expect(json).toContain('"_value": "48.0"');
    await screenshot(page, "workspace-04-values");

    // A value over its share of the answer's byte budget arrives as a marked placeholder, with its row.
    await typeQuery(page, "RETURN [i IN range(1, 300000) | 'x'] AS big, 'after' AS small");
    await runWithKeyboard(page);
    expect((await snapshot(page)).workspace).toMatchObject({ status: "done", rows: 1, truncatedReason: "bytes" });
    await page.getByTestId("result-tab-table").click();
    const big = await page.getByTestId("result-row").first().locator("td").allTextContents();
    expect(big[0]).toMatch(/^⟨omitted: [\d.]+ MB, over the answer's size limit⟩$/);
    expect(big[1]).toBe("after");
    await expect(page.getByTestId("truncated-notice").textContent()).resolves.toContain("size limit");
    await screenshot(page, "workspace-05-omitted");
    expect(await cspViolations(page)).toEqual([]);
  });
});
