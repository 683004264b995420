// Bench figure: how long after the server's answer the Cypher workspace shows "done" (its result on screen).
import type { Page } from "playwright-core";

export interface CypherDoneFigures {
  /** From the request leaving the page to the last byte of the server's answer (Resource Timing), ms. */
  serverMs: number;
  /** From the run (Ctrl+Enter) to the UI saying "done" (`cypher-done`), which it does once the result is drawn, ms. */
  doneMs: number;
}

/**
 * Runs `query` (no parameters) in the Cypher workspace of an explorer page built with the test hook
 * (VITE_KG_TEST_HOOK=1) and measures one run on the page's own clock (`performance.now()`, ms). The workspace is
 * opened when closed; a run refused as CYPHER_BUSY is retried. Throws when the run fails or nothing is shown in 60 s.
 */
export async function measureCypherDone(page: Page, query: string): Promise<CypherDoneFigures> {
  if (!(await page.getByTestId("cypher-drawer").isVisible())) await page.getByTestId("open-cypher").click();
  await page.getByTestId("cypher-input").waitFor();
  await page.getByTestId("params-input").fill("");
  await page.getByTestId("cypher-input").click();
  await page.keyboard.press("Control+a");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(query);
  await page.keyboard.press("Escape");
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.waitForFunction(() => window.__kg?.snapshot().workspace.status !== "running", null, { timeout: 60_000 });
    await page.evaluate(() => {
      performance.clearResourceTimings();
      // The previous result's drawing is marked, so only the new result's counts as shown.
      for (const c of document.querySelectorAll<HTMLElement>('[data-testid="result-graph"] canvas'))
        c.dataset.kgOld = "1";
      (window as unknown as { __kgRunAt: number }).__kgRunAt = performance.now();
    });
    await page.getByTestId("cypher-input").focus();
    await page.keyboard.press("Control+Enter");
    // Polled on every frame: a main thread kept busy after the answer delays this reading as it delays the user.
    const handle = await page.waitForFunction(
      () => {
        const ws = window.__kg?.snapshot().workspace;
        if (!ws) return false;
        if (ws.status === "error") return { error: ws.error };
        if (ws.status !== "done" || document.querySelector('[data-testid="cypher-running"]')) return false;
        if (!document.querySelector('[data-testid="result-summary"]')) return false;
        const shown = (ws as { shown?: boolean }).shown;
        if (shown !== undefined) {
          // The app says "done" once the result's view has drawn it.
          if (!shown || !document.querySelector('[data-testid="cypher-done"]')) return false;
        } else {
          // Builds before the "done" status: the graph view shows the new result once a new preview is drawn (a
          // canvas not marked as the previous one's), the other views once the summary is there.
          const graphView = document.querySelector('[data-testid="result-tab-graph"][aria-selected="true"]');
          const drawn = document.querySelector('[data-testid="result-graph"] canvas:not([data-kg-old])');
          if (graphView && ws.nodes > 0 && !drawn) return false;
        }
        const entry = performance.getEntriesByType("resource").find((e) => e.name.includes("/api/cypher")) as
          | PerformanceResourceTiming
          | undefined;
        const runAt = (window as unknown as { __kgRunAt: number }).__kgRunAt;
        return {
          serverMs: entry ? entry.responseEnd - entry.startTime : Number.NaN,
          doneMs: performance.now() - runAt,
        };
      },
      null,
      { polling: "raf", timeout: 60_000 },
    );
    const figures = (await handle.jsonValue()) as CypherDoneFigures | { error: string | null };
    if ("error" in figures) {
      if (figures.error === "CYPHER_BUSY") continue;
      throw new Error(`the query failed: ${figures.error}`);
    }
    return figures;
  }
  throw new Error("the query was refused as CYPHER_BUSY five times");
}
