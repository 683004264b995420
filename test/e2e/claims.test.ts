// The Claims view in real Chromium: with the seed, a wire report and a derived newsletter ingested, the conflicting
// group of China's 2025 AI capex shows both sources' quotes side by side, the Arabic one right-to-left with its gloss.
import { describe, expect, inject, it } from "vitest";
import { SEED_SOURCE_ID, WIRE_SOURCE_ID } from "../helpers/ingestFixtures";
import { screenshot } from "./browser";
import { claimGroupsWhen, useCorroborationFixtures } from "./corroborationFixtures";
import { openExplorer } from "./helpers";

describe("the Claims view", () => {
  const url = inject("appUrl");
  const browserOf = useCorroborationFixtures();

  it("should name a period bound that is not a date, then show the conflicting group's quotes side by side", async () => {
    const answer = await claimGroupsWhen(url, "conflicting", (a) => a.total > 0);
    expect(answer.total).toBe(1);
    const [group] = answer.groups;
    const seed = group?.members.find((m) => m.sources.some((s) => s.id === SEED_SOURCE_ID));
    const wire = group?.members.find((m) => m.sources.some((s) => s.id === WIRE_SOURCE_ID));
    const seedQuote = seed?.evidence[0];
    const wireQuote = wire?.evidence[0];
    if (!seedQuote || !wireQuote) throw new Error("the conflicting group lacks the seed's or the wire's quote");
    expect(seedQuote).toMatchObject({ language: "ar", direction: "rtl" });

    const { page, errors } = browserOf();
    await openExplorer(page, url);
    await page.getByTestId("tab-claims").click();
    const panel = page.getByTestId("claims-panel");
    await panel.waitFor();

    // Invalid input first: a bound that is not a date is named, and left out of the request.
    await page.getByTestId("claims-from").fill("last year");
    await expect(panel.textContent()).resolves.toContain('"from" must look like 2025');
    await page.getByTestId("claims-from").fill("2025");

    await page.getByTestId("claims-status-conflicting").click();
    const items = page.getByTestId("claim-group-item");
    await page.locator('[data-testid="claim-group-item"][data-status="conflicting"]').first().waitFor();
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid="claim-group-item"]')].every(
          (e) => e.getAttribute("data-status") === "conflicting",
        ),
      null,
      { timeout: 10_000 },
    );
    expect(await items.count()).toBe(1);
    await items.first().click();

    const shown = page.getByTestId("claim-group");
    await shown.waitFor();
    expect(await shown.getAttribute("data-status")).toBe("conflicting");
    await expect(page.getByTestId("group-status").textContent()).resolves.toBe("Conflicting");
    await expect(page.getByTestId("group-difference").textContent()).resolves.toContain(group?.difference?.text);
    const text = (await shown.textContent()) ?? "";
    expect(text).toContain(group?.reason);
    if (seedQuote.gloss) expect(text).toContain(seedQuote.gloss);

    const quotes = shown.getByTestId("claim-quote");
    const seen = await quotes.evaluateAll((nodes) =>
      nodes.map((n) => ({ text: n.textContent, dir: n.getAttribute("dir"), lang: n.getAttribute("lang") })),
    );
    expect(seen).toContainEqual({ text: seedQuote.quote, dir: "rtl", lang: "ar" });
    expect(seen).toContainEqual({ text: wireQuote.quote, dir: "ltr", lang: "en" });

    // Side by side: the two members' columns share a row.
    const boxes = await shown
      .getByTestId("claim-member")
      .evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().top));
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    await screenshot(page, "claims-conflicting-group");
    expect(new Set(boxes.map(Math.round)).size).toBe(1);

    await expect(page.getByTestId("legend-edge-support").textContent()).resolves.toContain("independent sources");
    expect(errors).toEqual([]);
  });

  it("should split the wire's figure off by hand, ending the conflict, and put it back with a reset", async () => {
    const { page, errors } = browserOf();
    const shown = page.getByTestId("claim-group");
    const wireMember = shown.locator(
      '[data-testid="claim-member"][data-claim="claim:meridian-china-ai-capex-2025-cny"]',
    );
    await expect(page.getByTestId("claims-split").isDisabled()).resolves.toBe(true);
    await wireMember.getByRole("checkbox").check();
    await page.getByTestId("claims-split").click();

    // The split-off group is shown, and the status filter opens up so the list still holds it.
    await page.waitForFunction(
      () => {
        const group = document.querySelector('[data-testid="claim-group"]');
        return (
          group?.getAttribute("data-status") === "single-source" &&
          group.querySelectorAll('[data-testid="claim-member"]').length === 1 &&
          group.querySelector('[data-claim="claim:meridian-china-ai-capex-2025-cny"]') !== null
        );
      },
      null,
      { timeout: 15_000 },
    );
    await expect(page.getByTestId("claims-status-conflicting").textContent()).resolves.toContain("0");
    expect(await shown.textContent()).toContain("by hand");
    await screenshot(page, "claims-after-split");

    await page.getByTestId("claims-reset").click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="claim-group"]')?.getAttribute("data-status") === "conflicting",
      null,
      { timeout: 15_000 },
    );
    await expect(page.getByTestId("claims-status-conflicting").textContent()).resolves.toContain("1");
    // Both sides of the split went back: the group is automatic again.
    await expect(page.getByTestId("claims-reset").count()).resolves.toBe(0);

    // Closed, the canvas and its legend's key to edge width show again.
    await page.keyboard.press("Escape");
    await page.getByTestId("claim-group").waitFor({ state: "detached" });
    await expect(page.getByTestId("legend-edge-support").isVisible()).resolves.toBe(true);
    await screenshot(page, "claims-canvas-legend");
    expect(errors).toEqual([]);
  });
});
