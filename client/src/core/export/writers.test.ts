import type { SourceSummary } from "@domain/contracts/api";
import type { WireGraph } from "@domain/contracts/wire";
import { strFromU8, unzipSync } from "fflate";
import Graph from "graphology";
import * as gexf from "graphology-gexf";
import * as graphml from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { smallWire } from "../testing/fixtures";
import { buildExportInput, type Looks } from "./input";
import { writeDataFile } from "./writers";

const text = (parts: (string | Uint8Array)[]) =>
  parts.map((p) => (typeof p === "string" ? p : new TextDecoder().decode(p))).join("");

const bytes = (parts: (string | Uint8Array)[]) => {
  const chunks = parts.map((p) => (typeof p === "string" ? new TextEncoder().encode(p) : p));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

/** A graph whose quotes carry double quotes, commas, line breaks, markup and Arabic. */
function trickyWire(): WireGraph {
  const wire = smallWire();
  wire.edges.push({
    key: "org:bofa|CITES|media:scmp",
    source: "org:bofa",
    target: "media:scmp",
    attributes: {
      type: "CITES",
      evidence: [
        {
          sourceId: "doc-a",
          quote: 'نقلت "ساوث تشاينا", وقالت <&>',
          start: 40,
          end: 68,
          gloss: 'reported "SCMP", said',
        },
        { sourceId: "doc-b", quote: "line one,\nline two", start: 3, end: 21 },
      ],
      sourceIds: ["doc-a", "doc-b"],
    },
  });
  return wire;
}

const sources: SourceSummary[] = [
  {
    id: "doc-a",
    title: "تقرير بنك أوف أمريكا",
    publisher: "Al-Arabiya",
    url: "https://example.org/a",
    length: 10,
    evidenceCount: 3,
  },
];

const looks: Looks = {
  node: (key) =>
    key === "org:bofa" ? { x: 12.5, y: -3, color: "#2563eb", size: 14 } : { x: 1, y: 2, color: "#a8a29e", size: 5 },
  edge: () => ({ color: "#b8bec8", size: 2 }),
};

const input = () => buildExportInput(trickyWire(), looks, sources, "2026-01-02T03:04:05.000Z");

// The writers themselves (escaping, evidence, typing) are tested once, in test/unit/export-writers.test.ts; here only
// what the browser adds: the bibliography from the loaded sources, drawing attributes, r/g/b for GraphML, progress.
describe("client export writers", () => {
  it("should list every cited source in the bibliography, with metadata when known and the id otherwise", () => {
    const { sources: cited } = input();
    expect(cited.map((s) => s.id)).toEqual(["doc-a", "doc-b"]);
    expect(cited[0]).toMatchObject({
      title: "تقرير بنك أوف أمريكا",
      publisher: "Al-Arabiya",
      url: "https://example.org/a",
    });
    expect(cited[1]).toEqual({ id: "doc-b", title: "doc-b" });
  });

  it("should write GEXF that graphology parses back with positions, colours, sizes and every quote", () => {
    const progress: number[] = [];
    const file = writeDataFile("gexf", input(), (f) => progress.push(f));
    expect(file.extension).toBe("gexf");
    const parsed = gexf.parse(Graph, text(file.parts));
    expect(parsed.order).toBe(7);
    expect(parsed.size).toBe(trickyWire().edges.length);
    const bofa = parsed.getNodeAttributes("org:bofa");
    expect(bofa).toMatchObject({ x: 12.5, y: -3, size: 14, label: "Bank of America", labelAr: "بنك أوف أمريكا" });
    expect(bofa.color).toBe("rgb(37,99,235)");
    const edge = parsed.getEdgeAttributes("org:bofa|CITES|media:scmp");
    expect(edge.thickness ?? edge.size).toBe(2);
    expect(parsed.getAttribute("description")).toContain("Sources cited (2):\n[doc-a] تقرير بنك أوف أمريكا.");
    expect(progress.at(-1)).toBe(1);
  });

  it("should write GraphML that graphology parses back with positions, colours (also as r, g, b) and evidence", () => {
    const xml = text(writeDataFile("graphml", input()).parts);
    expect(xml).toContain('attr.name="r" attr.type="int"');
    const parsed = graphml.parse(Graph, xml);
    const bofa = parsed.getNodeAttributes("org:bofa");
    // graphology reads r, g and b back into one colour, as yEd and Gephi do.
    expect(bofa).toMatchObject({ x: 12.5, y: -3, size: 14, color: "#2563eb" });
    expect(JSON.parse(parsed.getAttribute("sources"))[0].title).toBe("تقرير بنك أوف أمريكا");
  });

  it("should put the drawing attributes into the CSV's node columns", () => {
    const files = unzipSync(bytes(writeDataFile("csv", input()).parts));
    const nodes = strFromU8((files["nodes.csv"] as Uint8Array).subarray(3));
    const header = nodes.split("\r\n")[0]?.split(",") ?? [];
    expect(header).toEqual(expect.arrayContaining(["x", "y", "color", "size"]));
  });

  it("should write graphology JSON that imports back with its drawing attributes and bibliography", () => {
    const parsed = JSON.parse(text(writeDataFile("json", input()).parts));
    const graph = new Graph({ multi: true, type: "directed", allowSelfLoops: true });
    graph.import(parsed);
    expect(graph.getNodeAttribute("org:bofa", "color")).toBe("#2563eb");
    expect(graph.getEdgeAttribute("person:zhao|WORKS_FOR|org:bofa", "evidence")[0].quote).toBe("ماتي تشاو");
    expect(parsed.attributes.sources).toHaveLength(2);
  });

  it("should write a Cypher script with the evidence but without drawing attributes as properties", () => {
    const script = text(writeDataFile("cypher", input()).parts);
    expect(script).toContain("MERGE (s:`Source` {id: 'doc-a'})");
    expect(script).toContain("`quotes`: ['ماتي تشاو']");
    expect(script).not.toMatch(/`color`|`size`/);
  });
});
