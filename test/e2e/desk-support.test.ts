// The single-source highlight says something when nearly every edge rests on one source: the filters panel counts
// the relationships on one independent source and on two or more, and the highlight can mark either kind.
import { GraphResponse } from "@domain/contracts/api";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { EDGE_MULTI_SOURCE_COLOR, EDGE_SINGLE_SOURCE_COLOR } from "../../client/src/core/appearance/palette";
import { screenshot } from "./browser";
import { useCorroborationFixtures } from "./corroborationFixtures";
import { openExplorer, settle, waitFor } from "./helpers";

/** The drawn colour of each edge, through the test hook. */
async function colours(page: Page, keys: string[]): Promise<Map<string, string | null>> {
  const pairs = await page.evaluate((all) => all.map((k) => [k, window.__kg?.edgeColor(k) ?? null] as const), keys);
  return new Map(pairs);
}

const marked = (drawn: Map<string, string | null>, colour: string) =>
  [...drawn].filter(([, c]) => c === colour).map(([k]) => k);

describe("desk single-source highlight", () => {
  const url = inject("appUrl");
  // A wire report and a newsletter beside the article, so some relationships rest on two independent sources.
  const browser = useCorroborationFixtures();

  it("should show the counts the API's relationships give, and mark the chosen kind of edge", async () => {
    const { page } = browser();
    // The server's corroboration view refreshes in the background (2 s time to live) after the fixtures went in: the
    // API is read before and after the page loads, until both readings agree, so page and API saw the same view.
    const split = async () => {
      const answer = GraphResponse.parse(await (await fetch(new URL("api/graph", url))).json());
      const support = (a: { independentSupport?: number | undefined; sourceIds?: string[] | undefined }) =>
        a.independentSupport ?? new Set(a.sourceIds ?? []).size;
      return {
        single: answer.graph.edges.filter((e) => support(e.attributes) <= 1).map((e) => e.key),
        several: answer.graph.edges.filter((e) => support(e.attributes) >= 2).map((e) => e.key),
      };
    };
    const sentence = (one: number, more: number) =>
      `${one} of ${one + more} relationships rest on one independent source; ${more} on two or more.`;
    let single: string[] = [];
    let several: string[] = [];
    for (let attempt = 0; attempt < 10; attempt++) {
      const before = await split();
      await openExplorer(page, url);
      await page.getByTestId("tab-filters").click();
      const after = await split();
      ({ single, several } = after);
      if (JSON.stringify(before) === JSON.stringify(after)) break;
      await page.waitForTimeout(1_000);
    }
    expect(several.length).toBeGreaterThan(0);
    // The panel counts the graph once the canvas has drawn it (a deferred value): wait for the sentence to settle.
    const expected = sentence(single.length, several.length);
    await page
      .waitForFunction(
        (text) => document.querySelector('[data-testid="support-counts"]')?.textContent === text,
        expected,
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    await expect(page.getByTestId("support-counts").textContent()).resolves.toBe(expected);

    const keys = [...single, ...several];
    const oneSource = page.getByRole("radio", { name: "Highlight edges on one source" });
    await oneSource.focus();
    await page.keyboard.press("Space");
    await waitFor(page, (s) => s.filters.singleSourceOnly && s.filters.supportHighlight === "single");
    await settle(page);
    expect(marked(await colours(page, keys), EDGE_SINGLE_SOURCE_COLOR).sort()).toEqual([...single].sort());
    await screenshot(page, "desk-support-1440x900-one-source");

    // Arrow keys move within the radio group, as WAI-ARIA has it.
    await page.keyboard.press("ArrowDown");
    await waitFor(page, (s) => s.filters.supportHighlight === "multiple");
    await expect(
      page.getByRole("radio", { name: "Highlight edges with two or more sources" }).isChecked(),
    ).resolves.toBe(true);
    await settle(page);
    const drawn = await colours(page, keys);
    expect(marked(drawn, EDGE_MULTI_SOURCE_COLOR).sort()).toEqual([...several].sort());
    expect(marked(drawn, EDGE_SINGLE_SOURCE_COLOR)).toEqual([]);
    await screenshot(page, "desk-support-1440x900-two-or-more");

    await page.setViewportSize({ width: 800, height: 600 });
    await page.getByTestId("tab-filters").click();
    await page.getByTestId("support-counts").scrollIntoViewIfNeeded();
    await screenshot(page, "desk-support-800x600-two-or-more");
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.getByRole("radio", { name: "No highlight" }).check();
    await waitFor(page, (s) => !s.filters.singleSourceOnly);
  });
});
