// The neo4j-admin flavour, property types and the server's drawing of exports: pure, no Neo4j (the import itself is tested with neo4j-admin in integration).
import type { WireGraph } from "@domain/contracts/wire";
import {
  columnShapeType,
  fromNeo4jSchemaTypes,
  STORED_PROPERTY_TYPES,
  shapeType,
  storedPropertyType,
} from "@domain/export/propertyTypes";
import { type ExportInput, noticeText, type StoredElements } from "@domain/export/types";
import { CLAIM_NODE_SIZE, colorForType, EDGE_COLOR, MAX_NODE_SIZE, withVisualAttributes } from "@domain/export/visual";
import { adminField, neo4jAdminCommand, writeNeo4jAdminZip } from "@domain/export/writers/neo4jAdmin";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { citedSourceIds, unknownIdsNotice } from "../../server/repositories/subgraph";

const evidence = [{ sourceId: "src", quote: "ديب سيك", start: 3, end: 10 }];

const graph: WireGraph = {
  attributes: {},
  options: { type: "directed", multi: true, allowSelfLoops: true },
  nodes: [
    {
      key: "org:deepseek",
      attributes: { kind: "entity", type: "Organization", label: "DeepSeek", sourceIds: ["src"] },
    },
    {
      key: "claim:x",
      attributes: { kind: "claim", type: "Claim", label: "X", value: 48, sourceIds: ["src"], evidence },
    },
  ],
  edges: [
    {
      key: "org:deepseek|STATES|claim:x",
      source: "org:deepseek",
      target: "claim:x",
      attributes: { type: "STATES", evidence, sourceIds: ["src"] },
    },
  ],
};

const stored: StoredElements = {
  nodes: new Map([
    [
      "org:deepseek",
      {
        labels: ["Entity", "Organization"],
        properties: { id: "org:deepseek", name: "DeepSeek", aliases: [], searchKeys: ["deepseek", "ديبسيك"] },
      },
    ],
    [
      "claim:x",
      {
        labels: ["Claim"],
        properties: { id: "claim:x", value: 48, starts: [3], glosses: [""], odd: "a\u001Fb", "we:ird": 1 },
      },
    ],
  ]),
  edges: new Map([["org:deepseek|STATES|claim:x", { labels: ["STATES"], properties: { weight: 2, share: 0.5 } }]]),
  sources: new Map([["src", { labels: ["Source"], properties: { id: "src", title: "T", text: 'say "x"\nok' } }]]),
};

const input: ExportInput = {
  graph,
  sources: [{ id: "src", title: "T" }],
  generatedAt: "2026-01-02T03:04:05.000Z",
  stored,
  schemaTypes: { node: {}, edge: { weight: "long", share: "double" }, mixed: { node: [], edge: [] } },
};

function unzipText(chunks: Iterable<Uint8Array>): Record<string, string> {
  const parts = [...chunks];
  const all = new Uint8Array(parts.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of parts) {
    all.set(b, at);
    at += b.length;
  }
  return Object.fromEntries(Object.entries(unzipSync(all)).map(([name, data]) => [name, strFromU8(data)]));
}

describe("property types", () => {
  it("should resolve a mix of integers and floats in db.schema to double, marked mixed, and other mixes to string", () => {
    expect(fromNeo4jSchemaTypes(["Long"])).toEqual({ type: "long", mixedNumbers: false });
    expect(fromNeo4jSchemaTypes(["Long", "Double"])).toEqual({ type: "double", mixedNumbers: true });
    expect(fromNeo4jSchemaTypes(["String", "Long"])).toEqual({ type: "string", mixedNumbers: false });
    expect(fromNeo4jSchemaTypes(["StringArray"])).toEqual({ type: "string[]", mixedNumbers: false });
  });

  it("should take the domain's type before db.schema's, and db.schema's before the value's shape", () => {
    expect(storedPropertyType("claim", "value")).toBe("double");
    expect(storedPropertyType("claim", "starts")).toBe("int[]");
    expect(storedPropertyType("edge", "amount")).toBeUndefined();
    expect(
      storedPropertyType("edge", "amount", { node: {}, edge: { amount: "long" }, mixed: { node: [], edge: [] } }),
    ).toBe("long");
    expect(shapeType(48)).toBe("long");
    expect(shapeType([1, 2.5])).toBe("double[]");
    expect(columnShapeType([1, 2.5, undefined])).toBe("double");
    expect(columnShapeType([1, "a"])).toBe("string");
  });

  it("should know every stored property of the model's nodes", () => {
    for (const name of ["searchKeys", "searchText", "translationStarts", "citedTitles", "x", "y"]) {
      expect(STORED_PROPERTY_TYPES.entity[name] ?? STORED_PROPERTY_TYPES.source[name], name).toBeDefined();
    }
  });
});

describe("neo4j-admin writer", () => {
  it("should quote text with doubled quotes and join arrays on U+001F", () => {
    expect(adminField("string", 'say "x"')).toBe('"say ""x"""');
    expect(adminField("string[]", ["a", "b"])).toBe('"a\u001Fb"');
    expect(adminField("long", "9007199254740993")).toBe("9007199254740993");
    expect(adminField("double", 48)).toBe("48");
    expect(adminField("string", undefined)).toBe("");
  });

  it("should write typed headers, one file per kind, the exact command and the schema", () => {
    const files = unzipText(
      writeNeo4jAdminZip({ ...input, schema: ["CREATE CONSTRAINT x IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE"] }),
    );
    expect(Object.keys(files).sort()).toEqual([
      "after-import.cypher",
      "cited-sources.csv",
      "claims.csv",
      "entities.csv",
      "import.sh",
      "relationships.csv",
    ]);
    expect(files["entities.csv"]?.split("\n")[0]).toBe(
      ":ID,:LABEL,id:string,aliases:string[],name:string,searchKeys:string[]",
    );
    expect(files["claims.csv"]?.split("\n")[0]).toBe(
      ":ID,:LABEL,id:string,glosses:string[],odd:string,starts:int[],value:double",
    );
    expect(files["relationships.csv"]?.split("\n")[0]).toBe(":START_ID,:END_ID,:TYPE,share:double,weight:long");
    expect(files["relationships.csv"]).toContain('"org:deepseek","claim:x","STATES",0.5,2');
    expect(files["cited-sources.csv"]?.split("\n")[0]).toBe(
      ":ID(CitedSource),:LABEL,id:string,text:string,title:string",
    );
    expect(files["import.sh"]).toContain(
      "neo4j-admin database import full --id-type=string --array-delimiter=U+001F --multiline-fields=true " +
        "--nodes=entities.csv --nodes=claims.csv --nodes=cited-sources.csv --relationships=relationships.csv neo4j",
    );
    expect(files["after-import.cypher"]).toContain("CREATE CONSTRAINT x IF NOT EXISTS");
  });

  it("should set after the import what a CSV field cannot carry: empty lists, a lone empty string, odd names", () => {
    const files = unzipText(writeNeo4jAdminZip(input));
    const after = files["after-import.cypher"] ?? "";
    expect(after).toContain("MATCH (n:`Entity` {id: 'org:deepseek'}) SET n.`aliases` = [];");
    expect(after).toContain("MATCH (n:`Claim` {id: 'claim:x'}) SET n.`glosses` = [''] SET n.`we:ird` = 1;");
    // A scalar holding the delimiter travels in the CSV: only array elements are split.
    expect(files["claims.csv"]).toContain('"a\u001Fb"');
  });

  it("should list only the files it writes in the command", () => {
    expect(neo4jAdminCommand(["entities.csv"], [], "graph")).toEqual([
      "neo4j-admin",
      "database",
      "import",
      "full",
      "--id-type=string",
      "--array-delimiter=U+001F",
      "--multiline-fields=true",
      "--nodes=entities.csv",
      "graph",
    ]);
  });
});

describe("server exports' drawing and bibliography", () => {
  it("should colour nodes by type, size them by degree (claims small) and draw edges by evidence", () => {
    const drawn = withVisualAttributes(graph);
    expect(drawn.nodes[0]?.attributes.color).toBe(colorForType("Organization"));
    expect(drawn.nodes[0]?.attributes.size).toBe(MAX_NODE_SIZE);
    expect(drawn.nodes[1]?.attributes.size).toBe(CLAIM_NODE_SIZE);
    expect(drawn.edges[0]?.attributes.color).toBe(EDGE_COLOR);
  });

  it("should cite the sources of entities as well as of edges and claims", () => {
    const g: WireGraph = {
      ...graph,
      nodes: [
        ...graph.nodes,
        {
          key: "org:oracle",
          attributes: { kind: "entity", type: "Organization", label: "Oracle", sourceIds: ["second"] },
        },
      ],
    };
    expect(citedSourceIds(g)).toEqual(["src", "second"]);
  });

  it("should count every unknown id and name the first twenty", () => {
    const ids = Array.from({ length: 25 }, (_, i) => `org:x${i}`);
    expect(unknownIdsNotice(["org:a", ...ids, "org:x0"], ["org:a"])).toEqual({
      unknownIds: ids.slice(0, 20),
      unknownCount: 25,
    });
    expect(unknownIdsNotice(["org:a"], ["org:a"])).toBeUndefined();
    expect(noticeText({ unknownIds: ["org:none"], unknownCount: 1 })).toBe(
      "Partial: 1 requested id names no node and is not in this export: org:none.",
    );
  });
});
