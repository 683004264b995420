// The readers harness (test/readers) against the real Gephi importers, networkx and neo4j-admin, on tiny hand-written files.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../../server/neo4j/driver";
import { isAlive } from "../../server/provision/local/processes";
import { type GephiFileReport, type GephiReport, readWithGephi } from "../readers/gephi";
import { importWithNeo4jAdmin, type Neo4jAdminImportResult } from "../readers/neo4jAdmin";
import { type NetworkxFileReport, type NetworkxReport, readWithNetworkx } from "../readers/networkx";
import { startScratchNeo4j } from "../readers/scratchNeo4j";

const dir = mkdtempSync(join(tmpdir(), "kg-readers-"));
const file = (name: string) => join(dir, name);

// Two nodes, two parallel edges of different kinds, an integer, a long above 2^31, a float, Arabic text, and <meta>.
const gexf = (secondKind: string) => `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta lastmodifieddate="2026-11-29">
    <creator>kg-explorer</creator>
    <title>Bank of America on China's AI spending</title>
    <description>Sources: تقرير بنك أمريكا</description>
    <keywords>ai, capex</keywords>
  </meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node">
      <attribute id="count" title="count" type="integer"/>
      <attribute id="big" title="big" type="long"/>
      <attribute id="ratio" title="ratio" type="float"/>
    </attributes>
    <attributes class="edge">
      <attribute id="quote" title="quote" type="string"/>
    </attributes>
    <nodes>
      <node id="a" label="بنك أمريكا">
        <attvalues>
          <attvalue for="count" value="7"/>
          <attvalue for="big" value="3000000000"/>
          <attvalue for="ratio" value="0.25"/>
        </attvalues>
      </node>
      <node id="b" label="الصين"/>
    </nodes>
    <edges>
      <edge id="e1" source="a" target="b" kind="ESTIMATES" label="estimates" weight="2">
        <attvalues><attvalue for="quote" value="تقدر"/></attvalues>
      </edge>
      <edge id="e2" source="a" target="b" kind="${secondKind}" label="mentions" weight="3"/>
    </edges>
  </graph>
</gexf>
`;

// The same graph in GraphML: the edge type is a data key (GraphML has no edge kind), and a graph-level key.
const graphml = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="g_description" for="graph" attr.name="description" attr.type="string"/>
  <key id="n_label" for="node" attr.name="label" attr.type="string"/>
  <key id="n_count" for="node" attr.name="count" attr.type="int"/>
  <key id="n_big" for="node" attr.name="big" attr.type="long"/>
  <key id="n_ratio" for="node" attr.name="ratio" attr.type="float"/>
  <key id="e_type" for="edge" attr.name="type" attr.type="string"/>
  <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>
  <graph id="G" edgedefault="directed">
    <data key="g_description">Sources: تقرير بنك أمريكا</data>
    <node id="a">
      <data key="n_label">بنك أمريكا</data>
      <data key="n_count">7</data>
      <data key="n_big">3000000000</data>
      <data key="n_ratio">0.25</data>
    </node>
    <node id="b"><data key="n_label">الصين</data></node>
    <edge id="e1" source="a" target="b"><data key="e_type">ESTIMATES</data><data key="e_weight">2</data></edge>
    <edge id="e2" source="a" target="b"><data key="e_type">MENTIONS</data><data key="e_weight">3</data></edge>
  </graph>
</graphml>
`;

const nodesCsv = `:ID,name,count:long,ratio:double,aliases:string[],:LABEL
n1,بنك أمريكا,3000000000,0.25,BofA;BoA,Org;Source
n2,الصين,7,1.5,PRC,Place
`;
const relationshipsCsv = `:START_ID,:END_ID,:TYPE,weight:int
n1,n2,ESTIMATES,2
n1,n2,MENTIONS,3
`;
const danglingCsv = `:START_ID,:END_ID,:TYPE
n1,nowhere,MENTIONS
`;

beforeAll(() => {
  writeFileSync(file("kinds.gexf"), gexf("MENTIONS"));
  writeFileSync(file("same-kind.gexf"), gexf("ESTIMATES"));
  writeFileSync(file("parallel.graphml"), graphml);
  writeFileSync(file("nodes.csv"), nodesCsv);
  writeFileSync(file("relationships.csv"), relationshipsCsv);
  writeFileSync(file("dangling.csv"), danglingCsv);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function ok<R extends { ok: boolean; file: string }>(report: R | undefined): Extract<R, { ok: true }> {
  if (!report?.ok) throw new Error(`expected a successful read: ${JSON.stringify(report)}`);
  return report as Extract<R, { ok: true }>;
}

// The first run fetches gephi-toolkit (~80 MB) through Maven and compiles GephiCheck: no speed is assumed anywhere.
describe("readWithGephi (gephi-toolkit 0.10.1)", { timeout: 600_000 }, () => {
  let byDefault: GephiReport[] = [];
  let noMerge: GephiReport[] = [];
  let noParallel: GephiReport[] = [];
  const files = () => [file("kinds.gexf"), file("same-kind.gexf"), file("parallel.graphml")];

  beforeAll(async () => {
    byDefault = await readWithGephi([file("missing.gexf"), ...files()]);
    noMerge = await readWithGephi(files(), { mergeStrategy: "NO_MERGE" });
    noParallel = await readWithGephi(files(), { allowParallelEdges: false });
  }, 900_000);

  it("should report a file it cannot open as a failure and still read the files after it", () => {
    expect(byDefault).toHaveLength(4);
    expect(byDefault[0]).toMatchObject({ ok: false, file: file("missing.gexf") });
    expect(byDefault[0]?.ok === false && byDefault[0].error).toContain("FileNotFoundException");
    expect(byDefault.slice(1).every((r) => r.ok)).toBe(true);
  });

  it("should keep GEXF parallel edges of different kinds as two edges typed by kind", () => {
    const report = ok(byDefault[1]);
    expect(report).toMatchObject({ importer: "ImporterGEXF", nodeCount: 2, edgeCount: 2, directed: true });
    expect(report.options).toEqual({ mergeStrategy: "SUM", allowParallelEdges: true });
    expect(report.multiGraph).toBe(true);
    expect(report.edges.map((e) => [e.id, e.type, e.label, e.weight])).toEqual([
      ["e1", "ESTIMATES", "estimates", 2],
      ["e2", "MENTIONS", "mentions", 3],
    ]);
    expect(report.edges[0]?.attributes).toEqual({ quote: "تقدر" });
    expect(report.issues).toEqual([{ stage: "import", level: "INFO", message: "GEXF version 1.3" }]);
  });

  it("should type GEXF integer, long and float columns as Integer, Long and Float, and keep Arabic text", () => {
    const report = ok(byDefault[1]);
    const columns = report.nodeColumns.filter((c) => !c.property).map((c) => [c.id, c.title, c.type]);
    expect(columns).toEqual([
      ["count", "count", "Integer"],
      ["big", "big", "Long"],
      ["ratio", "ratio", "Float"],
    ]);
    const a = report.nodes.find((n) => n.id === "a");
    expect(a).toMatchObject({ label: "بنك أمريكا", attributes: { count: 7, big: 3_000_000_000, ratio: 0.25 } });
    expect(report.nodes.find((n) => n.id === "b")?.label).toBe("الصين");
  });

  it("should show the GEXF <meta> title and description as the workspace's, and keep creator and keywords nowhere", () => {
    const report = ok(byDefault[1]);
    expect(report.workspace).toEqual({
      name: "kinds",
      source: "kinds.gexf",
      title: "Bank of America on China's AI spending",
      description: "Sources: تقرير بنك أمريكا",
    });
    expect(report.graphAttributes).toEqual({});
    expect(JSON.stringify(report)).not.toContain("capex");
    expect(JSON.stringify(report.project)).not.toContain("kg-explorer");
  });

  it("should merge GEXF parallel edges of one kind by default (weights summed), keep both with NO_MERGE, and drop the second when parallel edges are refused", () => {
    const merged = ok(byDefault[2]);
    expect(merged.edgeCount).toBe(1);
    expect(merged.edges[0]).toMatchObject({ id: "e1", type: "ESTIMATES", weight: 5 });
    expect(merged.issues).toContainEqual({
      stage: "import",
      level: "INFO",
      message: "Parallel edges detected, remember to choose a merge strategy",
    });
    expect(ok(noMerge[1]).edges.map((e) => [e.id, e.weight])).toEqual([
      ["e1", 2],
      ["e2", 3],
    ]);
    const refused = ok(noParallel[1]);
    expect(refused.edges.map((e) => e.id)).toEqual(["e1"]);
    expect(refused.issues).toContainEqual({
      stage: "import",
      level: "SEVERE",
      message: "Parallel edges are not allowed, edge id='e2' is ignored",
    });
  });

  it("should merge GraphML parallel edges by default, since a data key is no edge type, and keep both with NO_MERGE", () => {
    const merged = ok(byDefault[3]);
    expect(merged).toMatchObject({ importer: "ImporterGraphML", nodeCount: 2, edgeCount: 1, multiGraph: false });
    expect(merged.edgeTypes).toEqual([null]);
    expect(merged.edges[0]).toMatchObject({ id: "e1", type: null, weight: 5, attributes: { e_type: "MENTIONS" } });
    const kept = ok(noMerge[2]);
    expect(kept.edges.map((e) => [e.id, e.weight, e.attributes.e_type])).toEqual([
      ["e1", 2, "ESTIMATES"],
      ["e2", 3, "MENTIONS"],
    ]);
  });

  it("should name GraphML columns by key id, titled by attr.name, and warn that graph-level data is ignored", () => {
    const report: GephiFileReport = ok(byDefault[3]);
    expect(report.nodeColumns.filter((c) => !c.property).map((c) => [c.id, c.title, c.type])).toEqual([
      ["n_count", "count", "Integer"],
      ["n_big", "big", "Long"],
      ["n_ratio", "ratio", "Float"],
    ]);
    expect(report.nodes.find((n) => n.id === "a")).toMatchObject({
      label: "بنك أمريكا",
      attributes: { n_count: 7, n_big: 3_000_000_000, n_ratio: 0.25 },
    });
    expect(report.issues).toContainEqual({
      stage: "import",
      level: "WARNING",
      message: "Graph attributes 'description' ignored as not supported by Gephi",
    });
    expect(report.workspace).toMatchObject({ title: "", description: "" });
    expect(report.graphAttributes).toEqual({});
  });
});

describe("readWithNetworkx (networkx 3.6.1 in the readers' venv)", { timeout: 600_000 }, () => {
  let reports: NetworkxReport[] = [];

  beforeAll(async () => {
    reports = await readWithNetworkx([file("missing.graphml"), file("kinds.gexf"), file("parallel.graphml")]);
  }, 900_000);

  it("should report a file it cannot open with the exception's type and still read the files after it", () => {
    expect(reports).toHaveLength(3);
    expect(reports[0]).toMatchObject({ ok: false, errorType: "FileNotFoundError" });
    expect(reports.slice(1).every((r) => r.ok)).toBe(true);
  });

  it("should read GEXF 1.3 parallel edges as a MultiDiGraph keyed by edge id, without kind or <meta>", () => {
    const report: NetworkxFileReport = ok(reports[1]);
    expect(report).toMatchObject({ graphClass: "MultiDiGraph", directed: true, multigraph: true, edgeCount: 2 });
    expect(report.edges.map((e) => [e.key, e.attributes.label?.value, e.attributes.weight])).toEqual([
      ["e1", "estimates", { type: "float", value: 2 }],
      ["e2", "mentions", { type: "float", value: 3 }],
    ]);
    expect(report.edgeAttributeTypes).toEqual({ id: ["str"], label: ["str"], quote: ["str"], weight: ["float"] });
    expect(Object.keys(report.graphAttributes).sort()).toEqual(["edge_default", "mode", "node_default"]);
  });

  it("should type GEXF integer and long as int, float as float, and keep Arabic text", () => {
    const a = ok(reports[1]).nodes.find((n) => n.id === "a");
    expect(a?.attributes).toMatchObject({
      count: { type: "int", value: 7 },
      big: { type: "int", value: 3_000_000_000 },
      ratio: { type: "float", value: 0.25 },
      label: { type: "str", value: "بنك أمريكا" },
    });
  });

  it("should read GraphML with typed keys, parallel edges and graph-level data into G.graph", () => {
    const report = ok(reports[2]);
    expect(report).toMatchObject({ reader: "read_graphml", graphClass: "MultiDiGraph", nodeCount: 2, edgeCount: 2 });
    expect(report.graphAttributes.description).toEqual({ type: "str", value: "Sources: تقرير بنك أمريكا" });
    expect(report.nodeAttributeTypes).toEqual({ big: ["int"], count: ["int"], label: ["str"], ratio: ["float"] });
    expect(report.edges.map((e) => [e.key, e.attributes.type?.value])).toEqual([
      ["e1", "ESTIMATES"],
      ["e2", "MENTIONS"],
    ]);
  });
});

describe("importWithNeo4jAdmin (neo4j-admin 5.26 database import full)", { timeout: 300_000 }, () => {
  let imported: Neo4jAdminImportResult | undefined;

  afterAll(async () => {
    await imported?.stop();
  }, 120_000);

  it("should return a failed import as a result, with no server and nothing left behind", async () => {
    const failed = await importWithNeo4jAdmin({ nodes: [file("nodes.csv")], relationships: [file("dangling.csv")] });
    try {
      expect(failed.exitCode).not.toBe(0);
      expect(failed.db).toBeUndefined();
      expect(failed.stderr).toContain("Error in input data");
    } finally {
      await failed.stop();
    }
    expect(existsSync(failed.home)).toBe(false);
  });

  it("should pass extra arguments through and return the bad entries neo4j-admin skipped", async () => {
    const skipped = await importWithNeo4jAdmin({
      nodes: [file("nodes.csv")],
      relationships: [file("dangling.csv")],
      extraArgs: ["--skip-bad-relationships"],
      start: false,
    });
    try {
      expect(skipped.exitCode).toBe(0);
      expect(skipped.args).toContain("--skip-bad-relationships");
      expect(skipped.badEntries).toContain("referring to missing node nowhere");
    } finally {
      await skipped.stop();
    }
  });

  it("should import typed CSV headers and serve them: counts, labels and Cypher property types", async () => {
    imported = await importWithNeo4jAdmin({
      nodes: [file("nodes.csv")],
      relationships: [file("relationships.csv")],
    });
    expect(imported.exitCode).toBe(0);
    expect(imported.stdout).toContain("normalized from 'int' --> 'long'");
    const connection = imported.db?.connection;
    if (!connection) throw new Error("no server on the imported store");
    const db = createDb(connection);
    try {
      const nodes = await db.read(
        `MATCH (n) RETURN n.name AS name, labels(n) AS labels, toString(n.count) AS count,
           valueType(n.count) AS countType, valueType(n.ratio) AS ratioType, n.aliases AS aliases,
           valueType(n.aliases) AS aliasesType ORDER BY n.ratio`,
      );
      expect(nodes.records.map((r) => r.toObject())).toEqual([
        {
          name: "بنك أمريكا",
          labels: ["Org", "Source"],
          count: "3000000000",
          countType: "INTEGER NOT NULL",
          ratioType: "FLOAT NOT NULL",
          aliases: ["BofA", "BoA"],
          aliasesType: "LIST<STRING NOT NULL> NOT NULL",
        },
        {
          name: "الصين",
          labels: ["Place"],
          count: "7",
          countType: "INTEGER NOT NULL",
          ratioType: "FLOAT NOT NULL",
          aliases: ["PRC"],
          aliasesType: "LIST<STRING NOT NULL> NOT NULL",
        },
      ]);
      const relationships = await db.read(
        "MATCH ()-[r]->() RETURN type(r) AS type, valueType(r.weight) AS weightType ORDER BY type",
      );
      expect(relationships.records.map((r) => r.toObject())).toEqual([
        { type: "ESTIMATES", weightType: "INTEGER NOT NULL" },
        { type: "MENTIONS", weightType: "INTEGER NOT NULL" },
      ]);
    } finally {
      await db.close();
    }
  });

  it("should stop the server on the imported store and delete its home", async () => {
    const pid = imported?.db?.pid;
    const home = imported?.home;
    await imported?.stop();
    expect(pid !== undefined && isAlive(pid)).toBe(false);
    expect(home !== undefined && existsSync(home)).toBe(false);
  });
});

describe("startScratchNeo4j", { timeout: 300_000 }, () => {
  it("should start an empty second server beside the test one, and stop() should remove it", async () => {
    const scratch = await startScratchNeo4j();
    try {
      expect(scratch.connection.uri).not.toBe(inject("neo4j").uri);
      const db = createDb(scratch.connection);
      try {
        const count = await db.read("MATCH (n) RETURN count(n) AS n");
        expect(count.records[0]?.get("n").toNumber()).toBe(0);
      } finally {
        await db.close();
      }
    } finally {
      await scratch.stop();
    }
    expect(isAlive(scratch.pid)).toBe(false);
    expect(existsSync(scratch.home)).toBe(false);
  });
});
