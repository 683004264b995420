// Marks on pairs of sources in the Claims view, in real Chromium: with the seed and a wire report ingested, the
// Stargate group's two independent sources are marked dependent (the group becomes single-source, its independent
// support drops to 1), then returned to the automatic rule (corroborated again).
import { describe, expect, inject, it } from "vitest";
import { SEED_SOURCE_ID, WIRE_SOURCE_ID } from "../helpers/ingestFixtures";
import { screenshot } from "./browser";
import { claimGroupsWhen, useCorroborationFixtures } from "./corroborationFixtures";
import { openExplorer } from "./helpers";

const STARGATE_CLAIM = "claim:meridian-stargate-500bn-usd";

describe("marks on pairs of sources in the Claims view", () => {
  const url = inject("appUrl");
  const browserOf = useCorroborationFixtures();

  it("should mark the Stargate group's two sources dependent, making it single-source, and undo the mark", async () => {
    const answer = await claimGroupsWhen(url, "corroborated", (a) =>
      a.groups.some((g) => g.members.some((m) => m.claimId === STARGATE_CLAIM)),
    );
    const group = answer.groups.find((g) => g.members.some((m) => m.claimId === STARGATE_CLAIM));
    expect(group).toMatchObject({ status: "corroborated", sourceCount: 2, independentSupport: 2 });
    const both = new Set([SEED_SOURCE_ID, WIRE_SOURCE_ID]);
    const found = group?.independence.pairs.find((p) => both.has(p.a) && both.has(p.b) && p.a !== p.b);
    expect(found, JSON.stringify(group?.independence)).toMatchObject({ dependent: false });
    const pair = `${found?.a},${found?.b}`;

    const { page, errors } = browserOf();
    await openExplorer(page, url);
    await page.getByTestId("tab-claims").click();
    await page.getByTestId("claims-panel").waitFor();
    const item = page.locator('[data-testid="claim-group-item"][data-status="corroborated"]', { hasText: "Stargate" });
    await item.first().waitFor();
    await item.first().click();

    const shown = page.getByTestId("claim-group");
    await shown.waitFor();
    expect(await shown.getAttribute("data-status")).toBe("corroborated");
    const summary = shown.locator(".claim-summary");
    await expect(summary.textContent()).resolves.toContain("2 independent of 2 sources");
    const row = shown.locator(`[data-testid="source-pair"][data-pair="${pair}"]`);
    await expect(row.getByTestId("pair-standing").textContent()).resolves.toMatch(/^independent \(automatic\)/);
    // No mark yet: nothing to return to the rule.
    await expect(row.getByRole("button", { name: /^Back to automatic/ }).count()).resolves.toBe(0);

    await row.getByRole("button", { name: /^Mark .* dependent$/ }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="claim-group"]')?.getAttribute("data-status") === "single-source",
      null,
      { timeout: 15_000 },
    );
    await expect(summary.textContent()).resolves.toContain("1 independent of 2 sources");
    await expect(row.getByTestId("pair-standing").textContent()).resolves.toMatch(/^dependent, marked by .+ on \d{4}-/);
    // Told in the notices' usual style.
    await page.locator(".toast", { hasText: "Marked the two sources dependent" }).waitFor();
    // Marked dependent already: only the other verdict and the way back are offered.
    await expect(row.getByRole("button", { name: /^Mark .* dependent$/ }).isDisabled()).resolves.toBe(true);
    await screenshot(page, "claims-marked-dependent");

    await row.getByRole("button", { name: /^Back to automatic for / }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="claim-group"]')?.getAttribute("data-status") === "corroborated",
      null,
      { timeout: 15_000 },
    );
    await expect(summary.textContent()).resolves.toContain("2 independent of 2 sources");
    await expect(row.getByTestId("pair-standing").textContent()).resolves.toMatch(/^independent \(automatic\)/);
    await expect(row.getByRole("button", { name: /^Back to automatic/ }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});
