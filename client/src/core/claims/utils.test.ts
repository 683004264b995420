import type { ClaimGroup, ClaimGroupsResponse } from "@domain/contracts/corroboration";
import { describe, expect, it } from "vitest";
import {
  CLAIM_GROUPS_PAGE,
  canSplit,
  evidenceBySource,
  getEmptyClaimsState,
  groupTitle,
  membersInOrder,
  mergeSubjects,
  pairStanding,
  periodError,
  queryOf,
  received,
  resetScope,
  revealStatus,
  selectedGroup,
  selectGroup,
  setPeriod,
  setSubject,
  sourcePairs,
  supportText,
  toggleMerge,
  toggleSplit,
  toggleStatus,
} from "./utils";

function group(id: string, subject: { id: string; label: string; labelAr?: string }, members: string[]): ClaimGroup {
  const period = { start: "2025-01-01", end: "2025-12-31", label: "2025" };
  const figure = { low: 1, high: 1, point: true, unit: "currency", approximate: false, tolerance: 0.02, period };
  return {
    id,
    status: "single-source",
    subject,
    measure: "capital-spending",
    measureInferred: false,
    unit: "currency",
    period,
    reason: "same subject and measure",
    manual: false,
    members: members.map((claimId) => ({
      claimId,
      statement: claimId,
      original: claimId,
      statedBy: [],
      stated: { unit: "currency", approximate: false },
      figure: { ...figure, text: "1 USD" },
      sources: [],
      evidence: [],
      independentSupport: 1,
      standing: "uncompared",
      agreesWith: [],
      conflictsWith: [],
      reason: { basis: "measure", text: "stated measure" },
    })),
    blocks: [],
    sourceCount: 1,
    independentSupport: 1,
    notes: [],
    independence: { sourceIds: [], independentSupport: 1, independentSourceIds: [], pairs: [], origins: {} },
  };
}

const china = { id: "country:china", label: "China", labelAr: "الصين" };
const stargate = { id: "project:stargate", label: "Stargate" };
const g1 = group("g-0000000000000001", china, ["claim:a", "claim:b"]);
const g2 = group("g-0000000000000002", stargate, ["claim:c"]);
const answer = (groups: ClaimGroup[]): ClaimGroupsResponse => ({
  groups,
  total: groups.length,
  offset: 0,
  limit: CLAIM_GROUPS_PAGE,
  counts: { corroborated: 0, "single-source": groups.length, conflicting: 0 },
  tolerance: { exact: 0.02, approximate: 0.1 },
});

describe("claims filter", () => {
  it("should refuse a period bound that is not a date, naming the bound, and leave it out of the request", () => {
    expect(periodError("from", "last year")).toMatch(/^"from" must look like 2025/);
    expect(periodError("to", "2025-13-")).toMatch(/^"to"/);
    expect(periodError("from", "")).toBeNull();
    expect(periodError("to", "2025-Q4")).toBeNull();
    const state = setPeriod("from", "last year")(setPeriod("to", " 2028 ")(getEmptyClaimsState()));
    expect(queryOf(state.filter)).toEqual({ to: "2028", limit: CLAIM_GROUPS_PAGE });
  });

  it("should toggle statuses in the list's order and send them with the subject", () => {
    let state = toggleStatus("single-source")(getEmptyClaimsState());
    state = toggleStatus("conflicting")(state);
    expect(state.filter.statuses).toEqual(["conflicting", "single-source"]);
    state = toggleStatus("single-source")(setSubject("country:china")(state));
    expect(queryOf(state.filter)).toEqual({
      status: ["conflicting"],
      subject: "country:china",
      limit: CLAIM_GROUPS_PAGE,
    });
    expect(setSubject("")(state).filter.subject).toBeNull();
    expect(revealStatus("conflicting")(state)).toBe(state);
    expect(revealStatus("corroborated")(state).filter.statuses).toEqual([]);
    expect(revealStatus(undefined)(state)).toBe(state);
  });
});

describe("claims answers", () => {
  it("should keep every subject seen, sorted by label, when a filtered answer has fewer", () => {
    expect(mergeSubjects([], [g2, g1]).map((s) => s.id)).toEqual(["country:china", "project:stargate"]);
    let state = received(answer([g1, g2]))(getEmptyClaimsState());
    state = received(answer([g2]))(state);
    expect(state.subjects.map((s) => s.label)).toEqual(["China", "Stargate"]);
  });

  it("should drop the selection, ticks and split ticks of groups no longer listed, and select the one named", () => {
    let state = received(answer([g1, g2]))(getEmptyClaimsState());
    state = toggleSplit("claim:a")(selectGroup(g1.id)(toggleMerge(g2.id)(toggleMerge(g1.id)(state))));
    expect(canSplit(state)).toBe(true);
    const after = received(answer([g2]))(state);
    expect(after).toMatchObject({ selectedId: null, mergeIds: [g2.id], splitIds: [] });
    expect(received(answer([g1, g2]), g2.id)(state)).toMatchObject({ selectedId: g2.id, splitIds: [] });
    expect(received(answer([g1, g2]))(state)).toMatchObject({ selectedId: g1.id, splitIds: ["claim:a"] });
  });

  it("should not split off every member, nor nothing", () => {
    let state = selectGroup(g1.id)(received(answer([g1, g2]))(getEmptyClaimsState()));
    expect(canSplit(state)).toBe(false);
    state = toggleSplit("claim:b")(toggleSplit("claim:a")(state));
    expect(canSplit(state)).toBe(false);
    expect(canSplit(toggleSplit("claim:b")(state))).toBe(true);
    expect(selectedGroup(state)?.id).toBe(g1.id);
    expect(selectGroup(g2.id)(state).splitIds).toEqual([]);
  });

  it("should title a group in the chosen language and say its support in independent sources", () => {
    expect(groupTitle(g1, "en")).toBe("China · capital spending · 2025");
    expect(groupTitle(g1, "ar")).toBe("الصين · capital spending · 2025");
    expect(groupTitle(g2, "ar")).toBe("Stargate · capital spending · 2025");
    expect(supportText(1, 1)).toBe("1 source");
    expect(supportText(1, 2)).toBe("1 independent of 2 sources");
  });

  it("should put members compared together side by side, conflicting first, the uncompared last", () => {
    const g = group("g-0000000000000003", china, ["claim:usd", "claim:cny-a", "claim:cny-b", "claim:cny-c"]);
    const standing = { "claim:usd": "uncompared", "claim:cny-a": "agrees", "claim:cny-b": "agrees" } as const;
    const members = g.members.map((m) => ({
      ...m,
      standing: standing[m.claimId as keyof typeof standing] ?? ("conflicts" as const),
    }));
    const block = (claimIds: string[], currency: string) => ({
      unit: "currency",
      currency,
      period: g.period,
      claimIds,
      status: "conflicting" as const,
      independentSupport: 2,
      positions: [],
    });
    const ordered = membersInOrder({
      ...g,
      members,
      blocks: [block(["claim:cny-a", "claim:cny-b", "claim:cny-c"], "CNY"), block(["claim:usd"], "USD")],
    });
    expect(ordered.map((m) => m.claimId)).toEqual(["claim:cny-c", "claim:cny-a", "claim:cny-b", "claim:usd"]);
  });

  it("should name each source once above its quotes, in the order they first appear", () => {
    const quotes = [
      { sourceId: "doc-a", quote: "أ" },
      { sourceId: "doc-b", quote: "b" },
      { sourceId: "doc-a", quote: "ج" },
    ];
    expect(evidenceBySource(quotes)).toEqual([
      { sourceId: "doc-a", quotes: [quotes[0], quotes[2]] },
      { sourceId: "doc-b", quotes: [quotes[1]] },
    ]);
    expect(evidenceBySource([])).toEqual([]);
  });

  it("should reset both sides of a split: the shown group's members and those placed by the same decision", () => {
    const decided = (g: ClaimGroup, at: string): ClaimGroup => ({
      ...g,
      manual: true,
      members: g.members.map((m) => ({ ...m, decision: { by: "Researcher", at } })),
    });
    const split = decided(group("g-0000000000000004", china, ["claim:x"]), "2026-11-30T02:00:00.000Z");
    const rest = decided(g1, "2026-11-30T02:00:00.000Z");
    const other = decided(group("g-0000000000000005", stargate, ["claim:y"]), "2026-11-30T01:00:00.000Z");
    const state = received(answer([split, rest, other, g2]), split.id)(getEmptyClaimsState());
    expect(resetScope(state).sort()).toEqual(["claim:a", "claim:b", "claim:x"]);
    expect(resetScope(selectGroup(g2.id)(state))).toEqual(["claim:c"]);
    expect(resetScope(selectGroup(null)(state))).toEqual([]);
  });
});

describe("pairs of a group's sources", () => {
  const src = (id: string, title: string, publisher?: string) => ({
    id,
    title,
    direction: "ltr" as const,
    ...(publisher ? { publisher } : {}),
  });
  const base = group("g-0000000000000003", stargate, ["claim:x", "claim:y"]);
  const [mx, my] = base.members;
  if (!mx || !my) throw new Error("two members expected");
  const withPairs: ClaimGroup = {
    ...base,
    members: [
      { ...mx, sources: [src("source:a", "Wire report", "Meridian")] },
      { ...my, sources: [src("source:b", "Newsletter")] },
    ],
    independence: {
      ...base.independence,
      pairs: [
        { a: "source:a", b: "source:b", dependent: false, reason: "different publishers" },
        {
          a: "source:a",
          b: "source:c",
          dependent: true,
          reason: "",
          mark: { by: "Ada", at: "2026-11-30T03:00:00.000Z", verdict: "dependent" },
        },
      ],
    },
  };

  it("should name each pair's sources by title and publisher, and an unknown one by its id", () => {
    const rows = sourcePairs(withPairs);
    expect(rows.map((r) => r.names)).toEqual([
      ["Wire report (Meridian)", "Newsletter"],
      ["Wire report (Meridian)", "source:c"],
    ]);
    expect(rows.map((r) => [r.sourceIds, r.dependent, r.marked])).toEqual([
      [["source:a", "source:b"], false, false],
      [["source:a", "source:c"], true, true],
    ]);
  });

  it("should tell the automatic standing with its reason, and a mark with its author, day and note", () => {
    expect(pairStanding({ a: "a", b: "b", dependent: false, reason: "different publishers" })).toBe(
      "independent (automatic): different publishers",
    );
    expect(pairStanding({ a: "a", b: "b", dependent: true, reason: "" })).toBe("dependent (automatic)");
    const mark = { by: "Ada", at: "2026-11-30T03:00:00.000Z", verdict: "dependent" as const };
    expect(pairStanding({ a: "a", b: "b", dependent: true, reason: "marked", mark })).toBe(
      "dependent, marked by Ada on 2026-11-30",
    );
    expect(pairStanding({ a: "a", b: "b", dependent: true, reason: "", mark: { ...mark, note: "same desk" } })).toBe(
      "dependent, marked by Ada on 2026-11-30: same desk",
    );
  });
});
