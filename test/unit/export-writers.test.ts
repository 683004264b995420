// Export writers are pure: GEXF and GraphML read back with graphology's parsers, CSV unzips, Cypher literals escape.
import { strFromU8, unzipSync } from "fflate";
import Graph from "graphology";
import * as gexf from "graphology-gexf";
import * as graphml from "graphology-graphml";
import { describe, expect, it } from "vitest";
import type { WireGraph } from "../../server/domain/wire";
import { exportFileName } from "../../server/export/formats";
import type { ExportInput } from "../../server/export/types";
import { csvField, writeCsvZip } from "../../server/export/writers/csv";
import {
  cypherName,
  cypherString,
  cypherValue,
  nodeProperties,
  writeCypherScript,
} from "../../server/export/writers/cypherScript";
import { writeGexf } from "../../server/export/writers/gexf";
import { writeGraphml } from "../../server/export/writers/graphml";
import { writeJson } from "../../server/export/writers/json";
import { escapeXml } from "../../server/export/writers/xml";

const evidence = [
  { sourceId: "src", quote: 'قال "ديب سيك" <&> إن', start: 3, end: 22, gloss: "said" },
  { sourceId: "src", quote: "second, quote\nline", start: 30, end: 48 },
];

const graph: WireGraph = {
  attributes: {},
  options: { type: "directed", multi: true, allowSelfLoops: true },
  nodes: [
    {
      key: "org:deepseek",
      attributes: {
        kind: "entity",
        type: "Organization",
        label: "DeepSeek",
        labelAr: "ديب سيك",
        aliases: ["DS"],
        sourceIds: ["src"],
      },
    },
    {
      key: "claim:x",
      attributes: {
        kind: "claim",
        type: "Claim",
        label: "X",
        claimKind: "figure",
        value: 3,
        sourceIds: ["src"],
        evidence,
      },
    },
  ],
  edges: [
    {
      key: "org:deepseek|STATES|claim:x",
      source: "org:deepseek",
      target: "claim:x",
      attributes: { type: "STATES", evidence, sourceIds: ["src"], planned: true, amount: 380000000000 },
    },
  ],
};

const input: ExportInput = {
  graph,
  sources: [{ id: "src", title: "An article, with a comma", language: "ar", url: "https://example.org/a?b=1&c=2" }],
  generatedAt: "2026-01-02T03:04:05.000Z",
};

const text = (chunks: Iterable<string | Uint8Array>) =>
  [...chunks].map((c) => (typeof c === "string" ? c : strFromU8(c))).join("");

describe("GEXF writer", () => {
  it("should read back in graphology with every node, edge and evidence attribute intact", () => {
    const parsed = gexf.parse(Graph, text(writeGexf(input)));
    expect([parsed.order, parsed.size]).toEqual([2, 1]);
    const edge = parsed.edges()[0] as string;
    expect(parsed.source(edge)).toBe("org:deepseek");
    expect(JSON.parse(parsed.getEdgeAttribute(edge, "evidence"))).toEqual(evidence);
    expect(parsed.getEdgeAttribute(edge, "quotes")).toContain('"ديب سيك"');
    expect(JSON.parse(parsed.getNodeAttribute("claim:x", "evidence"))).toEqual(evidence);
    expect(parsed.getNodeAttribute("org:deepseek", "labelAr")).toBe("ديب سيك");
    expect(JSON.parse(parsed.getAttribute("sources"))).toEqual(input.sources);
  });
});

describe("GraphML writer", () => {
  it("should escape markup in text", () => {
    expect(escapeXml(`<a href="x">&'\u0001</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
  });

  it("should read back in graphology with typed attributes, evidence and the bibliography", () => {
    const parsed = graphml.parse(Graph, text(writeGraphml(input)));
    expect([parsed.order, parsed.size]).toEqual([2, 1]);
    const edge = parsed.edges()[0] as string;
    expect(JSON.parse(parsed.getEdgeAttribute(edge, "evidence"))).toEqual(evidence);
    expect(parsed.getEdgeAttribute(edge, "planned")).toBe(true);
    expect(parsed.getEdgeAttribute(edge, "amount")).toBe(380000000000);
    expect(parsed.getNodeAttribute("claim:x", "value")).toBe(3);
    expect(JSON.parse(parsed.getAttribute("sources"))).toEqual(input.sources);
  });
});

describe("JSON writer", () => {
  it("should be graphology's serialization with the bibliography as a graph attribute", () => {
    const parsed = JSON.parse(text(writeJson(input)));
    const g = new Graph();
    g.import(parsed);
    expect(g.getEdgeAttribute("org:deepseek|STATES|claim:x", "evidence")).toEqual(evidence);
    expect(g.getAttribute("sources")).toEqual(input.sources);
  });
});

describe("CSV writer", () => {
  it("should quote fields with commas, quotes or line breaks", () => {
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField("x\ny")).toBe('"x\ny"');
    expect(csvField(undefined)).toBe("");
    expect(csvField(3)).toBe("3");
  });

  it("should zip nodes.csv, edges.csv and sources.csv with evidence in the edges", () => {
    const bytes = [...writeCsvZip(input, { bom: false })] as Uint8Array[];
    const all = new Uint8Array(bytes.reduce((n, b) => n + b.length, 0));
    let at = 0;
    for (const b of bytes) {
      all.set(b, at);
      at += b.length;
    }
    const files = unzipSync(all);
    expect(Object.keys(files).sort()).toEqual(["edges.csv", "nodes.csv", "sources.csv"]);
    const edges = strFromU8(files["edges.csv"] as Uint8Array);
    expect(edges.startsWith("key,source,target,type,quotes,spans,sourceIds,evidenceCount,evidence")).toBe(true);
    expect(edges).toContain("src:3-22 | src:30-48");
    expect(strFromU8(files["sources.csv"] as Uint8Array)).toContain('"An article, with a comma"');
  });
});

describe("Cypher script writer", () => {
  it("should escape string literals and names", () => {
    expect(cypherString("it's \\ \n")).toBe("'it\\'s \\\\ \\n'");
    expect(cypherName("we`ird")).toBe("`we``ird`");
    expect(cypherValue(Number.NaN)).toBeNull();
    expect(cypherValue([1, "a", true])).toBe("[1, 'a', true]");
  });

  it("should map wire attributes back to stored properties with flat evidence lists", () => {
    const props = nodeProperties("claim:x", graph.nodes[1]?.attributes as Record<string, unknown>);
    expect(props).toMatchObject({ id: "claim:x", kind: "figure", value: 3, quotes: evidence.map((e) => e.quote) });
    expect(props).not.toHaveProperty("label");
  });

  it("should MERGE sources, nodes and relationships with their evidence", () => {
    const script = text(writeCypherScript(input));
    expect(script).toContain("MERGE (s:Source {id: 'src'})");
    expect(script).toContain("MERGE (n:Entity {id: 'org:deepseek'}) SET n:Entity:`Organization`");
    expect(script).toContain("MERGE (a)-[r:`STATES`]->(b)");
    expect(script).toContain("`starts`: [3, 30]");
    expect(
      script
        .trim()
        .split("\n")
        .filter((l) => !l.startsWith("//"))
        .every((l) => l.endsWith(";")),
    ).toBe(true);
  });
});

describe("exportFileName", () => {
  it("should be generated from the time and the format, never from input", () => {
    expect(exportFileName("csv", new Date("2026-01-02T03:04:05.678Z"))).toBe("kg-export-2026-01-02T03-04-05Z.zip");
  });
});
