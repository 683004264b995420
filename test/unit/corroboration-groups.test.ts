// Claim groups without Neo4j: grouping across documents, inferred measures, statuses, merges and splits, the API's form.
import { ClaimGroup } from "@domain/contracts/corroboration";
import { beforeAll, describe, expect, it } from "vitest";
import { planMerge, planSplit } from "../../server/corroboration/decisions";
import { groupClaims, groupId } from "../../server/corroboration/grouping";
import { type ClaimWords, presentGroup, textDirection } from "../../server/corroboration/present";
import type { FigureClaimFacts, SourceFacts } from "../../server/corroboration/types";
import { buildCorroborationView, type CorroborationView } from "../../server/corroboration/view";
import { type DocumentFacts, documentFacts } from "../helpers/corroborationFacts";

const claim = (id: string, extra: Partial<FigureClaimFacts> = {}): FigureClaimFacts => ({
  id,
  subject: "country:china",
  unit: "currency",
  currency: "CNY",
  value: 100,
  approximate: false,
  periodStart: "2025",
  sourceIds: [`src-${id}`],
  ...extra,
});
const source = (id: string, extra: Partial<SourceFacts> = {}): SourceFacts => ({ id, title: id, cites: [], ...extra });
const decision = (key: string) => ({ key, by: "tester", at: "2026-11-30T10:00:00.000Z" });
const membersOf = (groups: ReturnType<typeof groupClaims>) => groups.map((g) => g.memberIds).sort();

describe("groupClaims", () => {
  it("should give no group for no claims", () => {
    expect(groupClaims([])).toEqual([]);
  });

  it("should group claims of different ids by subject, unit, period and stated measure", () => {
    const groups = groupClaims([
      claim("a", { measure: "capex" }),
      claim("b", { measure: "capex", periodStart: "2025-Q1", periodEnd: "2025-Q4" }),
      claim("c", { measure: "revenue" }),
      claim("d", { measure: "capex", periodStart: "2024" }),
      claim("e", { measure: "capex", subject: "org:tencent" }),
      claim("f", { measure: "capex", unit: "percent", currency: undefined }),
    ]);
    expect(membersOf(groups)).toEqual([["a", "b"], ["c"], ["d"], ["e"], ["f"]]);
    expect(groups.find((g) => g.memberIds.includes("a"))?.reasons.get("b")).toEqual({
      basis: "measure",
      text: 'states the measure "capex"; same subject (country:china), unit (currency) and period (2025)',
    });
  });

  it("should infer the one measure a claim's subject, unit and period carry, saying so", () => {
    const groups = groupClaims([claim("seed", { subjectLabel: "China" }), claim("wire", { measure: "capex" })]);
    expect(membersOf(groups)).toEqual([["seed", "wire"]]);
    const [group] = groups;
    expect(group?.measure).toBe("capex");
    expect(group?.measureInferred).toBe(false);
    expect(group?.reasons.get("seed")).toEqual({
      basis: "inferred",
      text: 'states no measure: taken as "capex", the measure of the claims with the same subject (China), unit (currency) and period (2025)',
    });
  });

  it("should group claims with no measure by subject, unit and period, and leave an ambiguous one alone", () => {
    expect(membersOf(groupClaims([claim("a"), claim("b")]))).toEqual([["a", "b"]]);
    const groups = groupClaims([
      claim("x"),
      claim("capex", { measure: "capex" }),
      claim("rev", { measure: "revenue" }),
    ]);
    expect(membersOf(groups)).toEqual([["capex"], ["rev"], ["x"]]);
    expect(groups.find((g) => g.memberIds[0] === "x")?.reasons.get("x")?.basis).toBe("ambiguous");
  });

  it("should keep group ids stable and distinct", () => {
    const once = groupClaims([claim("a", { measure: "capex" })])[0]?.id;
    const again = groupClaims([claim("a", { measure: "capex" }), claim("z", { subject: "x:y" })]).find((g) =>
      g.memberIds.includes("a"),
    )?.id;
    expect(once).toBe(again);
    expect(once).toMatch(/^g-[0-9a-f]{16}$/);
    expect(groupId("a")).not.toBe(groupId("b"));
  });

  it("should let decisions win: one key is one group, and a merged group gathers claims of its members' keys", () => {
    const groups = groupClaims([
      claim("a", { measure: "capex", decision: decision("k1") }),
      claim("b", { subject: "org:x", decision: decision("k1") }),
      claim("late", { measure: "capex" }),
      claim("other", { measure: "revenue" }),
    ]);
    expect(membersOf(groups)).toEqual([["a", "b", "late"], ["other"]]);
    const merged = groups.find((g) => g.manual);
    expect(merged?.reasons.get("late")?.basis).toBe("manual-joined");
    expect(merged?.reason).toBe("set by hand by tester on 2026-11-30T10:00:00.000Z");
  });

  it("should keep a later claim out of both parts of a split group", () => {
    const groups = groupClaims([
      claim("a", { measure: "capex", decision: decision("off") }),
      claim("b", { measure: "capex", decision: decision("rest") }),
      claim("late", { measure: "capex" }),
    ]);
    expect(membersOf(groups)).toEqual([["a"], ["b"], ["late"]]);
  });
});

describe("statuses", () => {
  const view = (claims: FigureClaimFacts[], sources: SourceFacts[] = []) =>
    buildCorroborationView({ sources, marks: [], claims });

  it("should call a group whose figures agree across independent sources corroborated", () => {
    const v = view([claim("a", { value: 100 }), claim("b", { value: 101 })]);
    expect(v.groups.map((g) => g.status)).toEqual(["corroborated"]);
    expect(v.claimGroup("a")).toEqual({ id: v.groups[0]?.draft.id, status: "corroborated" });
  });

  it("should call agreeing figures from dependent sources single-source", () => {
    const sources = [source("src-a", { publisher: "P" }), source("src-b", { publisher: "P" })];
    expect(view([claim("a"), claim("b")], sources).groups.map((g) => g.status)).toEqual(["single-source"]);
  });

  it("should call one claim held by two independent documents corroborated", () => {
    expect(view([claim("a", { sourceIds: ["s1", "s2"] })]).groups[0]?.status).toBe("corroborated");
  });

  it("should call disagreeing figures conflicting, with the largest difference, even from one source", () => {
    const v = view([
      claim("a", { min: 600, max: 700, value: undefined }),
      claim("b", { value: 450, approximate: true }),
      claim("c", { value: 300, sourceIds: ["src-a"] }),
    ]);
    const [group] = v.groups;
    expect(group?.status).toBe("conflicting");
    expect(group?.difference?.relative).toBe(0.5);
    expect(group?.members.get("a")).toMatchObject({ standing: "conflicts" });
    expect(group?.members.get("a")?.conflictsWith.map((c) => c.claimId)).toEqual(["b", "c"]);
    expect(group?.blocks[0]?.positions.map((p) => p.claimIds)).toEqual([["a"], ["b"], ["c"]]);
  });

  it("should compare only within a currency and say what was not compared", () => {
    const v = view([claim("cny"), claim("usd", { currency: "USD", value: 14 })]);
    const [group] = v.groups;
    expect(group?.status).toBe("single-source");
    expect(group?.blocks.map((b) => b.currency)).toEqual(["CNY", "USD"]);
    expect(group?.members.get("cny")?.standing).toBe("uncompared");
    expect(group?.notes).toEqual(["Not compared: different currencies (CNY, USD): never converted."]);
  });

  it("should select groups by status, subject, measure and period", () => {
    const v = view([
      claim("a", { measure: "capex" }),
      claim("b", { measure: "capex", value: 200 }),
      claim("c", { subject: "org:x", periodStart: "2030" }),
      claim("d", { measure: "revenue", periodStart: "2020", periodEnd: "2021" }),
    ]);
    expect(v.select({ status: ["conflicting"] }).map((g) => g.draft.memberIds)).toEqual([["a", "b"]]);
    expect(v.select({ subject: "org:x" }).map((g) => g.draft.memberIds)).toEqual([["c"]]);
    expect(v.select({ measure: "revenue" }).map((g) => g.draft.memberIds)).toEqual([["d"]]);
    expect(v.select({ from: "2026", to: "2031" }).map((g) => g.draft.memberIds)).toEqual([["c"]]);
    expect(v.select({ to: "2020-Q1" }).map((g) => g.draft.memberIds)).toEqual([["d"]]);
  });
});

describe("planning merges and splits", () => {
  let v: CorroborationView;
  beforeAll(() => {
    v = buildCorroborationView({
      sources: [],
      marks: [],
      claims: [claim("a"), claim("b"), claim("c", { subject: "org:x" })],
    });
  });
  const groupOf = (id: string) => v.claimGroup(id)?.id as string;

  it("should refuse an unknown group, a claim outside the group, and a split that empties it", () => {
    expect(planMerge(v, [groupOf("a"), "g-0000000000000000"])).toEqual({
      ok: false,
      problem: { kind: "unknown-group", groupId: "g-0000000000000000" },
    });
    expect(planSplit(v, groupOf("a"), ["a", "c"])).toEqual({
      ok: false,
      problem: { kind: "invalid", path: ["claimIds", 1], message: `"c" is not a member of group ${groupOf("a")}` },
    });
    expect(planSplit(v, groupOf("a"), ["a", "b"])).toMatchObject({ ok: false, problem: { path: ["claimIds"] } });
  });

  it("should give every member of merged groups one key, and each part of a split its own", () => {
    expect(planMerge(v, [groupOf("a"), groupOf("c")], "k")).toEqual({
      ok: true,
      rows: [
        { claimId: "a", key: "k" },
        { claimId: "b", key: "k" },
        { claimId: "c", key: "k" },
      ],
    });
    expect(planSplit(v, groupOf("a"), ["b"], { off: "off", rest: "rest" })).toEqual({
      ok: true,
      rows: [
        { claimId: "a", key: "rest" },
        { claimId: "b", key: "off" },
      ],
    });
  });

  it("should keep a manual group's own key for the part that stays", () => {
    const manual = buildCorroborationView({
      sources: [],
      marks: [],
      claims: [claim("a", { decision: decision("mine") }), claim("b", { decision: decision("mine") })],
    });
    const id = manual.claimGroup("a")?.id as string;
    expect(planSplit(manual, id, ["b"], { off: "off", rest: "new" })).toMatchObject({
      rows: [
        { claimId: "a", key: "mine" },
        { claimId: "b", key: "off" },
      ],
    });
  });
});

describe("presentGroup and textDirection", () => {
  it("should read reading direction from the language's CLDR data, ltr when unknown", () => {
    expect(["ar", "fa", "he", "ur", "dv", "ar-EG"].map(textDirection)).toEqual(Array(6).fill("rtl"));
    expect(["en", "zh", undefined, "not a tag!"].map(textDirection)).toEqual(Array(4).fill("ltr"));
  });

  let docs: DocumentFacts[];
  beforeAll(async () => {
    docs = await Promise.all(
      [
        "seed/documents/bofa-china-ai-capex/document.json",
        "test/fixtures/documents/corroboration-wire-en/document.json",
        "test/fixtures/documents/corroboration-derived-en/document.json",
      ].map((f) => documentFacts(f)),
    );
  });

  it("should show the China group as conflicting, each member with its quotes, language, direction and reason", () => {
    const view = buildCorroborationView({
      sources: docs.map((d) => d.source),
      marks: [],
      claims: docs.flatMap((d) => d.claims),
    });
    const compared = view.groups.find((g) => g.draft.memberIds.includes("claim:meridian-china-ai-capex-2025-cny"));
    if (!compared) throw new Error("no China group");
    const words = new Map<string, ClaimWords>(
      compared.draft.memberIds.map((id) => {
        const doc = docs.find((d) => d.claims.some((c) => c.id === id)) as DocumentFacts;
        return [
          id,
          {
            id,
            statement: `statement of ${id}`,
            original: doc.originals.get(id) ?? "",
            evidence: [{ sourceId: doc.source.id, quote: doc.originals.get(id) ?? "", start: 0, end: 1, gloss: "g" }],
            statedBy: [],
          },
        ];
      }),
    );
    const sources = new Map([
      ["bofa-china-ai-capex", { id: "bofa-china-ai-capex", title: "Seed", language: "ar" }],
      ["corroboration-wire-en", { id: "corroboration-wire-en", title: "Wire", language: "en" }],
      ["corroboration-derived-en", { id: "corroboration-derived-en", title: "Ledger", language: "en" }],
    ]);
    const group = ClaimGroup.parse(presentGroup(compared, view, words, sources));
    expect(group.status).toBe("conflicting");
    expect(group.members.map((m) => [m.claimId, m.standing, m.reason.basis])).toEqual([
      ["claim:china-ai-capex-2025-cny", "conflicts", "inferred"],
      ["claim:china-ai-capex-2025-usd", "uncompared", "inferred"],
      ["claim:ledger-china-ai-capex-2025-cny", "conflicts", "measure"],
      ["claim:meridian-china-ai-capex-2025-cny", "conflicts", "measure"],
    ]);
    const seed = group.members[0];
    expect(seed?.stated).toEqual({
      min: 600e9,
      max: 700e9,
      unit: "currency",
      currency: "CNY",
      approximate: false,
      periodStart: "2025",
    });
    expect(seed?.evidence[0]).toMatchObject({ language: "ar", direction: "rtl", gloss: "g" });
    expect(seed?.sources).toEqual([{ id: "bofa-china-ai-capex", title: "Seed", language: "ar", direction: "rtl" }]);
    expect(seed?.agreesWith).toEqual(["claim:ledger-china-ai-capex-2025-cny"]);
    expect(group.difference?.text).toBe("600–700 billion CNY vs ≈ 450 billion CNY: 150 billion CNY apart (25%)");
    expect(group.independentSupport).toBe(2);
    expect(group.sourceCount).toBe(3);
    expect(group.blocks.find((b) => b.currency === "CNY")?.positions).toEqual([
      {
        claimIds: ["claim:china-ai-capex-2025-cny", "claim:ledger-china-ai-capex-2025-cny"],
        text: "600–700 billion CNY",
        sourceIds: ["bofa-china-ai-capex", "corroboration-derived-en"],
        independentSupport: 1,
      },
      {
        claimIds: ["claim:meridian-china-ai-capex-2025-cny"],
        text: "≈ 450 billion CNY",
        sourceIds: ["corroboration-wire-en"],
        independentSupport: 1,
      },
    ]);
  });
});
