import { describe, expect, it } from "vitest";
import { batches, evidenceRows, planTotals, planWrites } from "../../server/ingest/planWrites";
import { at, manifest, TEXT, valid } from "../helpers/documents";

describe("batches", () => {
  it("should refuse a batch size that is not a positive integer", () => {
    expect(() => batches([1, 2], 0)).toThrow(RangeError);
    expect(() => batches([1, 2], 1.5)).toThrow(RangeError);
  });

  it("should split rows into batches of at most the given size, in order", () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 500)).toEqual([]);
  });
});

describe("evidenceRows", () => {
  it("should key evidence by source and span and keep each piece once", () => {
    const e = { sourceId: "s", quote: "ab", start: 3, end: 5, gloss: "", addedBy: "", addedAt: "" };
    expect(evidenceRows([e, { ...e, gloss: "again" }])).toEqual([{ ...e, key: "s:3:5" }]);
  });
});

describe("planWrites", () => {
  it("should plan the source with its text byte-exact and its cited works as parallel lists", () => {
    const plan = planWrites(
      valid(
        manifest((m) => {
          (m.source as Record<string, unknown>).cites = [
            { title: "A report", entityId: "org:bofa" },
            { title: "A site", publisher: "P", url: "https://example.org/x" },
          ];
        }),
      ),
    );
    expect(plan.source.id).toBe("doc-a");
    expect(plan.source.properties.text).toBe(TEXT);
    expect(plan.source.properties.citedTitles).toEqual(["A report", "A site"]);
    expect(plan.source.properties.citedPublishers).toEqual(["", "P"]);
    expect(plan.source.properties.citedEntityIds).toEqual(["org:bofa", ""]);
    expect(plan.source.properties.translationOriginals).toBeNull();
  });

  it("should give entities search keys for every name and mention every entity used", () => {
    const plan = planWrites(valid());
    const bofa = plan.entities.find((e) => e.id === "org:bofa");
    expect(bofa?.names).toEqual(["Bank of America", "بنك أوف أمريكا", "BofA"]);
    expect(bofa?.searchKeys).toEqual(["bankofamerica", "بنكاوفامريكا", "bofa"]);
    expect(plan.mentions.sort()).toEqual(["country:china", "model:r1", "org:bofa", "org:deepseek", "org:tencent"]);
  });

  it("should send a claim stated by nobody to the source's STATES, and a stated one to its actors", () => {
    const plan = planWrites(valid());
    expect(plan.sourceStates.map((e) => [e.from, e.to])).toEqual([["doc-a", "claim:tencent-36.6bn"]]);
    expect(plan.states.map((e) => [e.from, e.to])).toEqual([["org:bofa", "claim:bofa-estimate"]]);
    expect(plan.about.map((e) => [e.from, e.to])).toEqual([
      ["claim:tencent-36.6bn", "org:tencent"],
      ["claim:bofa-estimate", "country:china"],
    ]);
    expect(plan.states[0]?.evidence[0]).toMatchObject({
      quote: "يقدر إنفاق الصين",
      gloss: "estimates China's spending",
    });
  });

  it("should merge the same relation given twice into one row with both pieces of evidence", () => {
    const plan = planWrites(
      valid(
        manifest((m) => {
          (m.relations as unknown[]).push({
            from: "org:deepseek",
            to: "model:r1",
            type: "DEVELOPED",
            properties: { note: "again" },
            evidence: [{ sourceId: "doc-a", quote: "طورت R1" }],
          });
        }),
      ),
    );
    const developed = plan.relations.filter((r) => r.type === "DEVELOPED");
    expect(developed).toHaveLength(1);
    expect(developed[0]?.properties).toEqual({ year: 2025, note: "again" });
    expect(developed[0]?.evidence.map((e) => e.quote)).toEqual(["ديب سيك طورت R1", "طورت R1"]);
    expect(planTotals(plan)).toEqual({ entities: 5, claims: 2, relations: 2, evidence: 5 });
  });

  it("should store a figure's quantity and period as flat claim properties", () => {
    const claim = planWrites(valid()).claims[0];
    expect(claim?.properties).toMatchObject({
      kind: "figure",
      value: 36600000000,
      unit: "currency",
      currency: "CNY",
      approximate: false,
      min: null,
    });
  });

  it("should refuse a measure that is not a kebab-case key, naming the field", () => {
    expect(() =>
      manifest((m) => {
        at(m.claims as Array<Record<string, unknown>>, 0).measure = "Capital Spending";
      }),
    ).toThrow(/measure/);
  });

  it("should store a claim's subject (its first about entity) and measure, and the entity a source is", () => {
    const plan = planWrites(
      valid(
        manifest((m) => {
          at(m.claims as Array<Record<string, unknown>>, 0).measure = "capital-spending";
          (m.source as Record<string, unknown>).entityId = "org:bofa";
        }),
      ),
    );
    expect(plan.claims.map((c) => [c.properties.subject, c.properties.measure])).toEqual([
      ["org:tencent", "capital-spending"],
      ["country:china", null],
    ]);
    expect(plan.source.properties.entityId).toBe("org:bofa");
    expect(planWrites(valid()).source.properties.entityId).toBeNull();
  });
});
