import { DocumentManifest } from "@domain/model/document";
import { describe, expect, it } from "vitest";
import { parseBenchArgs, parseDataArgs, parseProfileArgs } from "../bench/args";
import { documentShape, generateDocuments, seededRandom } from "../bench/data/generate";

describe("bench arguments", () => {
  it("should refuse a missing or tiny --nodes", () => {
    expect(() => parseDataArgs([])).toThrow(/--nodes/);
    expect(() => parseDataArgs(["--nodes", "5"])).toThrow(/at least/);
    expect(() => parseBenchArgs(["--sizes", "10k"])).toThrow(/--sizes/);
  });

  it("should default to 10k and 100k and accept smaller sizes", () => {
    expect(parseBenchArgs([]).sizes).toEqual([10_000, 100_000]);
    expect(parseBenchArgs(["--sizes", "200,1_000"]).sizes).toEqual([200, 1000]);
    expect(parseDataArgs(["--nodes=300"]).nodes).toBe(300);
  });

  it("should refuse a profile of anything but the paired figures and the 1M loads, or counts below one", () => {
    expect(() => parseProfileArgs([])).toThrow(/--what must be one of graph, stream, export, neighbors/);
    expect(() => parseProfileArgs(["--what", "searches"])).toThrow(/--what/);
    expect(parseProfileArgs(["--what", "search"]).what).toBe("search");
    expect(() => parseProfileArgs(["--what", "export", "--requests", "0"])).toThrow(/--requests/);
    expect(() => parseProfileArgs(["--what", "neighbors", "--duration", "1.5"])).toThrow(/--duration/);
    expect(parseProfileArgs(["--what=stream"])).toEqual({ what: "stream", requests: 10, duration: 10 });
    expect(parseProfileArgs(["--what", "export", "--requests", "3"]).requests).toBe(3);
  });
});

describe("generateDocuments", () => {
  it("should give the same documents for the same seed", () => {
    const a = [...generateDocuments({ nodes: 300, seed: 7 })];
    const b = [...generateDocuments({ nodes: 300, seed: 7 })];
    expect(a).toEqual(b);
    expect(seededRandom(1)()).not.toBe(seededRandom(2)());
  });

  it("should make valid manifests whose every quote occurs exactly once in the text", () => {
    for (const doc of generateDocuments({ nodes: 500 })) {
      expect(DocumentManifest.safeParse(doc.manifest).success).toBe(true);
      const quotes = [...doc.manifest.claims, ...doc.manifest.relations].flatMap((x) => x.evidence.map((e) => e.quote));
      for (const q of quotes) {
        const at = doc.text.indexOf(q);
        expect(at).toBeGreaterThanOrEqual(0);
        expect(doc.text.indexOf(q, at + 1)).toBe(-1);
      }
    }
  });

  it("should reach about the asked number of nodes with about two edges per node", () => {
    const docs = [...generateDocuments({ nodes: 2000 })];
    const shape = documentShape({ nodes: 2000, nodesPerDocument: 100, crossDocumentShare: 0.2, seed: 1 });
    const nodes = docs.reduce((n, d) => n + 1 + d.manifest.entities.length + d.manifest.claims.length, 0);
    const edges = docs.reduce(
      (n, d) =>
        n +
        d.manifest.relations.length +
        d.manifest.claims.reduce((m, c) => m + Math.max(1, c.statedBy.length) + c.about.length, 0),
      0,
    );
    expect(docs).toHaveLength(shape.documents);
    expect(nodes).toBe(2000);
    expect(edges / nodes).toBeCloseTo(2, 1);
    expect(docs.some((d) => d.manifest.externalEntityIds.length > 0)).toBe(true);
  });
});
