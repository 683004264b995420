import { describe, expect, it } from "vitest";
import { checkReferences, type KnownEntity, validateDocument } from "../../server/ingest/validateDocument";
import { at, loaded, manifest, TEXT, valid } from "../helpers/documents";

const pathsOf = (m = manifest(), text = TEXT) => {
  const result = validateDocument(loaded(m, text));
  return result.ok ? [] : result.issues.map((i) => i.path);
};

describe("validateDocument", () => {
  it("should name the file, the JSON path and the closest passage for a quote not in the text", () => {
    const result = validateDocument(
      loaded(
        manifest((m) => {
          at(at(m.relations as Array<{ evidence: Array<{ quote: string }> }>, 0).evidence, 0).quote = "ديب سيك طورة R1";
        }),
      ),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ file: "fixture/document.json", path: "$.relations[0].evidence[0].quote" });
    expect(result.issues[0]?.reason).toContain('"ديب سيك طورت R1"');
  });

  it("should refuse duplicate entity and claim ids", () => {
    const paths = pathsOf(
      manifest((m) => {
        const entities = m.entities as unknown[];
        const claims = m.claims as unknown[];
        entities.push(entities[0]);
        claims.push(claims[0]);
      }),
    );
    expect(paths).toEqual(["$.entities[5].id", "$.claims[2].id"]);
  });

  it("should refuse a quote that occurs twice without an occurrence", () => {
    const paths = pathsOf(
      manifest((m) => {
        at(at(m.relations as Array<{ evidence: Array<{ quote: string }> }>, 0).evidence, 0).quote = "ديب سيك طورت";
      }),
    );
    expect(paths).toEqual(["$.relations[0].evidence[0].occurrence"]);
  });

  it("should refuse evidence that points into another source", () => {
    const paths = pathsOf(
      manifest((m) => {
        at(at(m.relations as Array<{ evidence: Array<{ sourceId: string }> }>, 1).evidence, 0).sourceId = "other-doc";
      }),
    );
    expect(paths).toEqual(["$.relations[1].evidence[0].sourceId"]);
  });

  it("should refuse relation properties that would overwrite the evidence lists", () => {
    const paths = pathsOf(
      manifest((m) => {
        at(m.relations as Array<{ properties: Record<string, unknown> }>, 0).properties = { quotes: "x" };
      }),
    );
    expect(paths).toEqual(["$.relations[0].properties.quotes"]);
  });

  it("should refuse a translation segment that is not in the text, and an external id also defined here", () => {
    const paths = pathsOf(
      manifest((m) => {
        (m.source as Record<string, unknown>).translation = {
          language: "en",
          translator: "test",
          segments: [
            { original: "بنك أوف أمريكا يقدر", text: "BofA estimates" },
            { original: "غير موجود هنا", text: "x" },
          ],
        };
        m.externalEntityIds = ["org:bofa"];
      }),
    );
    expect(paths).toEqual(["$.externalEntityIds[0]", "$.source.translation.segments[1].original"]);
  });

  it("should locate every quote and translation segment", () => {
    const doc = valid(
      manifest((m) => {
        (m.source as Record<string, unknown>).translation = {
          language: "en",
          translator: "test",
          segments: [{ original: "ديب سيك طورت V3.", text: "DeepSeek developed V3." }],
        };
      }),
    );
    for (const e of [...doc.claims, ...doc.relations].flatMap((x) => x.evidence)) {
      expect(TEXT.slice(e.start, e.end)).toBe(e.quote);
    }
    const [span] = doc.translationSpans;
    expect(TEXT.slice(span?.start, span?.end)).toBe("ديب سيك طورت V3.");
  });

  it("should list references to entities it does not define as foreign references", () => {
    const doc = valid(
      manifest((m) => {
        at(m.claims as Array<{ about: string[] }>, 0).about.push("org:alibaba");
        m.externalEntityIds = ["org:nvidia"];
      }),
    );
    expect(doc.foreignReferences).toEqual([
      { id: "org:nvidia", path: "$.externalEntityIds[0]" },
      { id: "org:alibaba", path: "$.claims[0].about[1]" },
    ]);
  });

  it("should check the entity a source says it is like any other reference", () => {
    const doc = valid(
      manifest((m) => {
        (m.source as Record<string, unknown>).entityId = "report:bofa-note";
      }),
    );
    expect(doc.foreignReferences).toEqual([{ id: "report:bofa-note", path: "$.source.entityId" }]);
  });
});

describe("checkReferences", () => {
  const known = (entries: KnownEntity[]) => new Map(entries.map((e) => [e.id, e]));

  it("should refuse a reference to an entity neither here nor in the graph", () => {
    const doc = valid(
      manifest((m) => {
        m.externalEntityIds = ["org:nvidia"];
      }),
    );
    expect(checkReferences(doc, known([]))).toEqual([
      {
        file: "fixture/document.json",
        path: "$.externalEntityIds[0]",
        reason: 'refers to entity "org:nvidia", which is neither defined in this document nor in the graph',
      },
    ]);
  });

  it("should refuse an entity whose type differs from the graph's", () => {
    const issues = checkReferences(valid(), known([{ id: "org:tencent", type: "Person", searchKeys: [] }]));
    expect(issues.map((i) => i.path)).toEqual(["$.entities[3].type"]);
  });

  it("should accept references the graph resolves", () => {
    const doc = valid(
      manifest((m) => {
        m.externalEntityIds = ["org:nvidia"];
      }),
    );
    expect(checkReferences(doc, known([{ id: "org:nvidia", type: "Organization", searchKeys: [] }]))).toEqual([]);
  });
});
