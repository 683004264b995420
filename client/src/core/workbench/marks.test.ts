import type {
  DraftMark,
  FigureSuggestion,
  MentionSuggestion,
  RelationSuggestion,
  SuggestionsResponse,
} from "@domain/contracts/workbench";
import { ClaimMark, DraftUpdate } from "@domain/contracts/workbench";
import { StableId } from "@domain/model/ids";
import { describe, expect, it } from "vitest";
import {
  draftUpdate,
  entitiesIn,
  entityIdFor,
  figureClaim,
  figureMarkId,
  issueMark,
  markTitle,
  nextMarkId,
  openSuggestions,
  relationTypeOf,
  stampsOf,
  suggestedRelation,
} from "./marks";
import type { DraftEdit } from "./types";

const EN = "Alibaba plans to invest about 50 billion yuan in China, up 48% in 2025. Nobody else.";
const AR = "وتعتزم علي بابا استثمار نحو ٥٠ مليار يوان في الصين.";

const mention = (entityId: string, text: string, quote: string): MentionSuggestion => {
  const start = text.indexOf(quote);
  return {
    id: `mention:${start}:${start + quote.length}:${entityId}`,
    start,
    end: start + quote.length,
    quote,
    matched: quote,
    entityId,
    entityType: "Organization",
    name: entityId === "org:alibaba" ? "Alibaba" : "China",
    draftEntity: false,
  };
};
const figure = (text: string, quote: string, f: Partial<FigureSuggestion> = {}): FigureSuggestion => {
  const start = text.indexOf(quote);
  return {
    id: `figure:${start}:${start + quote.length}`,
    start,
    end: start + quote.length,
    quote,
    kind: "amount",
    quantity: { value: 50e9, unit: "currency", currency: "CNY", approximate: true },
    period: { start: "2025" },
    ...f,
  };
};
const edit = (marks: DraftMark[] = [], rejected: string[] = []): DraftEdit => ({
  source: { id: "src-1", title: "T", language: "en" },
  entities: [],
  marks,
  rejected,
});
const names = {
  "org:alibaba": { name: "Alibaba", type: "Organization" },
  "country:china": { name: "China", type: "Country" },
};

describe("mark ids and names", () => {
  it("should give a fresh id one above the highest of its prefix, ignoring other prefixes", () => {
    expect(nextMarkId([], "m")).toBe("m1");
    const marks = [
      { id: "m2", kind: "mention", entityId: "a", evidence: { start: 0, end: 2, quote: "ab" } },
      { id: "m10", kind: "mention", entityId: "a", evidence: { start: 0, end: 2, quote: "ab" } },
      { id: "rel7", kind: "relation", from: "a", to: "b", type: "X", evidence: [{ start: 0, end: 2, quote: "ab" }] },
    ] satisfies DraftMark[];
    expect(nextMarkId(marks, "m")).toBe("m11");
    expect(nextMarkId(marks, "rel")).toBe("rel8");
  });

  it("should make new entities' ids the graph accepts, unique in the draft, from any name", () => {
    expect(entityIdFor("Organization", "Harbor Quantum Labs", new Set())).toBe("org:harbor-quantum-labs");
    expect(entityIdFor("Organization", "Harbor Quantum Labs", new Set(["org:harbor-quantum-labs"]))).toBe(
      "org:harbor-quantum-labs-2",
    );
    expect(entityIdFor("Person", "Zoë Müller", new Set())).toBe("person:zoe-muller");
    expect(entityIdFor("Spacecraft", "مختبرات", new Set())).toBe("spacecraft:entity");
    for (const id of [entityIdFor("AIModel", "R2 (preview)!", new Set()), entityIdFor("X", "", new Set())]) {
      expect(StableId.safeParse(id).success).toBe(true);
    }
  });

  it("should write a typed relation type in the graph's UPPER_SNAKE_CASE", () => {
    expect(relationTypeOf(" works for ")).toBe("WORKS_FOR");
    expect(relationTypeOf("invests-in")).toBe("INVESTS_IN");
    expect(relationTypeOf("LICENSES")).toBe("LICENSES");
    expect(relationTypeOf("___")).toBe("");
  });

  it("should name the mark a review issue points at, and nothing for other paths", () => {
    expect(issueMark("$.marks[2].evidence[0]")).toBe(2);
    expect(issueMark("$.marks[12]")).toBe(12);
    expect(issueMark("$.source.id")).toBeNull();
    expect(issueMark("$")).toBeNull();
  });

  it("should title marks in a few words", () => {
    const name = (id: string) => ({ "org:a": "A", "org:b": "B" })[id] ?? id;
    expect(
      markTitle({ id: "m1", kind: "mention", entityId: "org:a", evidence: { start: 0, end: 2, quote: "ab" } }, name),
    ).toBe("A");
    expect(
      markTitle(
        {
          id: "r",
          kind: "relation",
          from: "org:a",
          to: "org:b",
          type: "OWNS",
          evidence: [{ start: 0, end: 2, quote: "ab" }],
        },
        name,
      ),
    ).toBe("A → OWNS → B");
  });
});

describe("suggestions taken", () => {
  it("should take a relation at once only with a type the graph has between the two, in its direction", () => {
    const base: RelationSuggestion = {
      id: "relation:0:org:alibaba:country:china",
      start: 0,
      end: 10,
      quote: "x",
      from: { entityId: "org:alibaba", name: "Alibaba", start: 0, end: 7 },
      to: { entityId: "country:china", name: "China", start: 8, end: 9 },
      existingTypes: [],
    };
    expect(suggestedRelation(base)).toBeNull();
    expect(suggestedRelation({ ...base, existingTypes: [{ type: "BASED_IN", direction: "out" }] })).toEqual({
      from: "org:alibaba",
      to: "country:china",
      type: "BASED_IN",
    });
    expect(suggestedRelation({ ...base, existingTypes: [{ type: "GOVERNS", direction: "in" }] })).toEqual({
      from: "country:china",
      to: "org:alibaba",
      type: "GOVERNS",
    });
  });

  it("should not make a figure claim without an entity named in its sentence", () => {
    const mentions = [mention("org:alibaba", EN, "Alibaba")];
    const lonely = figure(EN, "Nobody", { quantity: { value: 1, unit: "count", approximate: false } });
    expect(figureClaim(EN, "en", lonely, edit(), mentions, names)).toBeNull();
    expect(
      figureClaim(EN, "en", { ...figure(EN, "50 billion yuan"), quantity: undefined }, edit(), mentions, names),
    ).toBeNull();
  });

  it("should make a figure claim about the sentence's entities, with the sentence as its quote, in English", () => {
    const mentions = [mention("org:alibaba", EN, "Alibaba"), mention("country:china", EN, "China")];
    const f = figure(EN, "about 50 billion yuan");
    const claim = figureClaim(EN, "en", f, edit(), mentions, names);
    const sentence = "Alibaba plans to invest about 50 billion yuan in China, up 48% in 2025.";
    expect(claim).toMatchObject({
      id: figureMarkId(f),
      claimKind: "figure",
      statement: sentence,
      original: sentence,
      about: ["org:alibaba", "country:china"],
      statedBy: [],
      period: { start: "2025" },
      evidence: [{ start: 0, end: sentence.length, quote: sentence }],
    });
    expect(ClaimMark.safeParse(claim).success).toBe(true);
  });

  it("should state an Arabic figure in English words, its quote the Arabic sentence", () => {
    const mentions = [mention("org:alibaba", AR, "علي بابا")];
    const claim = figureClaim(AR, "ar", figure(AR, "نحو ٥٠ مليار يوان"), edit(), mentions, names);
    expect(claim?.statement).toBe("Alibaba: about 50 billion CNY (2025)");
    expect(claim?.evidence[0]?.quote).toBe(AR);
  });

  it("should hide what is marked or rejected before the server knows, and keep the rest", () => {
    const alibaba = mention("org:alibaba", EN, "Alibaba");
    const china = mention("country:china", EN, "China");
    const f = figure(EN, "about 50 billion yuan");
    const pct = figure(EN, "48%", { id: "figure:60:63" });
    const rel: RelationSuggestion = {
      id: "relation:0:org:alibaba:country:china",
      start: 0,
      end: 10,
      quote: "x",
      from: { entityId: "org:alibaba", name: "Alibaba", start: 0, end: 7 },
      to: { entityId: "country:china", name: "China", start: 8, end: 9 },
      existingTypes: [],
    };
    const response: SuggestionsResponse = {
      draftId: "d-0123456789abcdef",
      revision: 1,
      mentions: [alibaba, china],
      figures: [f, pct],
      relations: [rel],
      dictionary: { names: 1, entities: 1, buildMs: 1, builtAt: "now", stale: false },
    };
    expect(openSuggestions(null, edit())).toBeNull();
    const marks: DraftMark[] = [
      {
        id: "m1",
        kind: "mention",
        entityId: "org:alibaba",
        evidence: { start: alibaba.start, end: alibaba.end, quote: "Alibaba" },
      },
      {
        id: figureMarkId(f),
        kind: "claim",
        claimKind: "figure",
        statement: "s",
        statedBy: [],
        about: ["org:alibaba"],
        evidence: [{ start: 0, end: 5, quote: "Aliba" }],
      },
      {
        id: "rel1",
        kind: "relation",
        from: "country:china",
        to: "org:alibaba",
        type: "X",
        evidence: [{ start: 0, end: 2, quote: "Al" }],
      },
    ];
    const open = openSuggestions(response, edit(marks, [pct.id]));
    expect(open?.mentions.map((m) => m.entityId)).toEqual(["country:china"]);
    expect(open?.figures).toEqual([]);
    expect(open?.relations).toEqual([]);
  });

  it("should list the entities named inside a span once each, in text order", () => {
    const marks: DraftMark[] = [
      { id: "m1", kind: "mention", entityId: "country:china", evidence: { start: 50, end: 55, quote: "China" } },
    ];
    const suggested = [mention("org:alibaba", EN, "Alibaba"), { entityId: "country:china", start: 90, end: 95 }];
    expect(entitiesIn({ start: 0, end: 60 }, marks, suggested)).toEqual(["org:alibaba", "country:china"]);
    expect(entitiesIn({ start: 1, end: 60 }, marks, suggested)).toEqual(["country:china"]);
  });
});

describe("authorship on save", () => {
  it("should send no authorship for evidence the server has not stamped, so it stamps it", () => {
    const marks: DraftMark[] = [
      {
        id: "m1",
        kind: "mention",
        entityId: "org:a",
        evidence: { start: 0, end: 2, quote: "ab", addedBy: "Spoof", addedAt: "2020-01-01T00:00:00.000Z" },
      },
    ];
    const update = draftUpdate(edit(marks), 4, {});
    expect(DraftUpdate.parse(update).marks[0]).toEqual({
      id: "m1",
      kind: "mention",
      entityId: "org:a",
      evidence: { start: 0, end: 2, quote: "ab" },
    });
    expect(update.revision).toBe(4);
  });

  it("should keep the recorded authorship of the same mark and span, and drop it when the span changed", () => {
    const stamped: DraftMark[] = [
      {
        id: "rel1",
        kind: "relation",
        from: "a",
        to: "b",
        type: "X",
        evidence: [{ start: 0, end: 2, quote: "ab", addedBy: "Lina", addedAt: "2026-11-30T10:00:00.000Z" }],
      },
    ];
    const stamps = stampsOf(stamped);
    expect(stamps).toEqual({ "rel1:0:2": { addedBy: "Lina", addedAt: "2026-11-30T10:00:00.000Z" } });
    const same: DraftMark[] = [
      {
        id: "rel1",
        kind: "relation",
        from: "a",
        to: "b",
        type: "Y",
        evidence: [{ start: 0, end: 2, quote: "ab", gloss: "g" }],
      },
    ];
    expect(draftUpdate(edit(same), 2, stamps).marks[0]).toMatchObject({
      evidence: [{ start: 0, end: 2, gloss: "g", addedBy: "Lina", addedAt: "2026-11-30T10:00:00.000Z" }],
    });
    const moved: DraftMark[] = [
      { id: "rel1", kind: "relation", from: "a", to: "b", type: "X", evidence: [{ start: 0, end: 3, quote: "abc" }] },
    ];
    expect(draftUpdate(edit(moved), 2, stamps).marks[0]).toEqual(moved[0]);
  });
});
