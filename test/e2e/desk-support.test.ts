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
    const answer = GraphResponse.parse(await (await fetch(new URL("api/graph", url))).json());
    const support = (a: { independentSupport?: number | undefined; sourceIds?: string[] | undefined }) =>
      a.independentSupport ?? new Set(a.sourceIds ?? []).size;
    const single = answer.graph.edges.filter((e) => support(e.attributes) <= 1).map((e) => e.key);
    const several = answer.graph.edges.filter((e) => support(e.attributes) >= 2).map((e) => e.key);
    expect(several.length).toBeGreaterThan(0);

    await openExplorer(page, url);
    await page.getByTestId("tab-filters").click();
    const counts = page.getByTestId("support-counts");
    await expect(counts.textContent()).resolves.toBe(
      `${single.length} of ${single.length + several.length} relationships rest on one independent source; ${several.length} on two or more.`,
    );

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
