import { describe, expect, it } from "vitest";
import { applyIdMap, knownEntitiesOf, resolveAliases } from "../../server/ingest/resolveAliases";
import type { KnownEntity } from "../../server/ingest/validateDocument";
import { manifest, valid } from "../helpers/documents";

const known = (entries: KnownEntity[]) => new Map(entries.map((e) => [e.id, e]));
const renamed = (from: string, to: Record<string, unknown>) =>
  manifest((m) => {
    const entities = m.entities as Array<Record<string, unknown>>;
    const i = entities.findIndex((e) => e.id === from);
    entities[i] = { ...entities[i], ...to };
    const swap = (x: string) => (x === from ? (to.id as string) : x);
    for (const c of m.claims as Array<{ statedBy?: string[]; about: string[] }>) {
      c.about = c.about.map(swap);
      c.statedBy = (c.statedBy ?? []).map(swap);
    }
    for (const r of m.relations as Array<{ from: string; to: string }>) {
      r.from = swap(r.from);
      r.to = swap(r.to);
    }
  });

describe("resolveAliases", () => {
  it("should refuse a new entity that matches several existing entities of its type", () => {
    const doc = valid(
      renamed("org:tencent", { id: "org:tencent-holdings", name: "Tencent Holdings", aliases: ["Tencent"] }),
    );
    const result = resolveAliases(
      doc,
      known([
        { id: "org:tencent", type: "Organization", searchKeys: ["tencent"] },
        { id: "org:tencent-music", type: "Organization", searchKeys: ["tencent", "tencentmusic"] },
      ]),
    );
    expect(result.idMap.size).toBe(0);
    expect(result.issues.map((i) => i.path)).toEqual(["$.entities[3]"]);
  });

  it("should link a new id to the existing entity that has its name as a name or alias", () => {
    const doc = valid(
      renamed("org:tencent", { id: "org:tencent-holdings", name: "Tencent Holdings", aliases: ["Tencent"] }),
    );
    const result = resolveAliases(
      doc,
      known([{ id: "org:tencent", type: "Organization", searchKeys: ["tencent", "تنسنت"] }]),
    );
    expect(result.issues).toEqual([]);
    expect([...result.idMap]).toEqual([["org:tencent-holdings", "org:tencent"]]);
    expect(result.links).toEqual([{ from: "org:tencent-holdings", to: "org:tencent", key: "tencent" }]);
  });

  it("should match Arabic names across spelling variants", () => {
    const doc = valid(renamed("country:china", { id: "country:prc", name: "PRC", nameAr: "الصّين" }));
    const result = resolveAliases(
      doc,
      known([{ id: "country:china", type: "Country", searchKeys: ["china", "الصين"] }]),
    );
    expect(result.idMap.get("country:prc")).toBe("country:china");
  });

  it("should not link entities of different types", () => {
    const doc = valid(renamed("country:china", { id: "country:prc", name: "China" }));
    const result = resolveAliases(doc, known([{ id: "gov:china", type: "Government", searchKeys: ["china"] }]));
    expect(result.idMap.size).toBe(0);
  });

  it("should leave entities whose id is already known alone", () => {
    const result = resolveAliases(valid(), known([{ id: "org:tencent", type: "Organization", searchKeys: ["x"] }]));
    expect(result.idMap.size).toBe(0);
  });
});

describe("applyIdMap", () => {
  it("should rewrite every reference to a linked id", () => {
    const doc = valid(renamed("org:tencent", { id: "org:tencent-holdings", name: "Tencent Holdings" }));
    const out = applyIdMap(doc, new Map([["org:tencent-holdings", "org:tencent"]]));
    const ids = JSON.stringify([out.manifest.entities, out.claims, out.relations]);
    expect(ids).not.toContain("org:tencent-holdings");
    expect(out.relations[1]?.from).toBe("org:tencent");
    expect(out.claims[0]?.about).toEqual(["org:tencent"]);
    expect(knownEntitiesOf(out).find((e) => e.id === "org:tencent")?.searchKeys).toEqual(["tencentholdings"]);
  });

  it("should rewrite the entity a source says it is, so citing the linked entity still finds it", () => {
    const doc = valid(
      manifest((m) => {
        (m.source as Record<string, unknown>).entityId = "org:bofa";
      }),
    );
    const out = applyIdMap(doc, new Map([["org:bofa", "org:bank-of-america"]]));
    expect(out.manifest.source.entityId).toBe("org:bank-of-america");
  });
});
