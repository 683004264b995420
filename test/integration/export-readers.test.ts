// Server exports read by other people's parsers: Gephi's own importers, networkx, neo4j-admin, a second Neo4j rebuilt
// from the Cypher script (the explorer started on it answers as the original), and graphology.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import Graph from "graphology";
import * as gexfParser from "graphology-gexf";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readEnv } from "../../server/config/env";
import { createApp } from "../../server/http/app";
import { ingestDocuments } from "../../server/ingest/ingestDocuments";
import { createLogger } from "../../server/log/logger";
import { createDb, type Db } from "../../server/neo4j/driver";
import { toPlain } from "../../server/neo4j/values";
import { testDb } from "../helpers/db";
import { SEED_SOURCE_ID } from "../helpers/ingestFixtures";
import { type GraphSnapshot, restoreGraph, snapshotGraph } from "../helpers/snapshot";
import { type GephiFileReport, type GephiReport, readWithGephi } from "../readers/gephi";
import { importWithNeo4jAdmin, type Neo4jAdminImportResult } from "../readers/neo4jAdmin";
import { type NetworkxFileReport, type NetworkxReport, readWithNetworkx } from "../readers/networkx";
import { type ScratchNeo4j, startScratchNeo4j } from "../readers/scratchNeo4j";

const FIXTURE = join(import.meta.dirname, "../fixtures/exports/oracle-note/document.json");
const FIXTURE_SOURCE = "exports-oracle-note";
const SLOW = 240_000;

const db = testDb();
const logger = createLogger("silent");
const app = createApp({ db, connection: inject("neo4j"), env: readEnv({}), logger });
const dir = mkdtempSync(join(tmpdir(), "kg-export-readers-"));
const file = (name: string) => join(dir, name);

/** Every node and relationship of the graph but the test marker: the "export everything" query. */
const EVERYTHING = {
  by: "query",
  query:
    "MATCH (n) WHERE NOT n:TestDatabaseMarker OPTIONAL MATCH (n)-[r]->(m) WHERE NOT m:TestDatabaseMarker RETURN n, r",
};
const PARTIAL = { by: "ids", ids: ["org:oracle", "org:deepseek", "org:nobody"] };

const exportAs = (format: string, select: unknown = EVERYTHING, extra: Record<string, unknown> = {}) =>
  request(app)
    .post("/api/export")
    .send({ format, select, ...extra })
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => done(null, Buffer.concat(chunks)));
    });

/** Each element as Neo4j holds it: labels or type, and every property with Neo4j's own name of its type. */
interface TypedElement {
  key: string;
  labels: string[];
  properties: Record<string, unknown>;
  types: Record<string, string>;
}

async function typedGraph(target: Db): Promise<{ nodes: TypedElement[]; relationships: TypedElement[] }> {
  const nodes = await target.read(`
    MATCH (n) WHERE NOT n:TestDatabaseMarker
    RETURN n.id AS key, labels(n) AS labels, properties(n) AS properties,
           [k IN keys(n) | [k, valueType(n[k])]] AS types`);
  const rels = await target.read(`
    MATCH (a)-[r]->(b) WHERE NOT a:TestDatabaseMarker AND NOT b:TestDatabaseMarker
    RETURN a.id + '|' + type(r) + '|' + b.id AS key, [type(r)] AS labels, properties(r) AS properties,
           [k IN keys(r) | [k, valueType(r[k])]] AS types`);
  const typed = (records: typeof nodes.records) =>
    records
      .map((r) => {
        const o = toPlain(r.toObject()) as { key: string; labels: string[]; properties: Record<string, unknown> };
        const types = Object.fromEntries(r.get("types") as [string, string][]);
        return { key: o.key, labels: [...o.labels].sort(), properties: o.properties, types };
      })
      .sort((a, b) => (a.key < b.key ? -1 : 1));
  return { nodes: typed(nodes.records), relationships: typed(rels.records) };
}

/** Statements of a script written one per line (literals never hold a raw line break), comments dropped. */
function scriptStatements(script: string): string[] {
  return script
    .split(";\n")
    .map((s) => s.replace(/^(\/\/[^\n]*\n)+/, "").trim())
    .filter((s) => s.length > 0 && !s.startsWith("//"));
}

async function runScript(target: Db, script: string): Promise<number> {
  const statements = scriptStatements(script);
  for (const s of statements) await target.write(s);
  return statements.length;
}

let snapshot: GraphSnapshot;
let original: { nodes: TypedElement[]; relationships: TypedElement[] };
const files: Record<string, Buffer> = {};
let gephi: Promise<GephiReport[]>;
let networkx: Promise<NetworkxReport[]>;

beforeAll(async () => {
  snapshot = await snapshotGraph(db);
  await ingestDocuments(db, [FIXTURE]);
  original = await typedGraph(db);
  for (const format of ["gexf", "graphml", "json", "csv", "cypher", "neo4j-admin"]) {
    const res = await exportAs(format);
    expect(res.status, format).toBe(200);
    files[format] = res.body as Buffer;
  }
  const partial = await exportAs("graphml", PARTIAL, { includeClaims: false });
  expect(partial.status).toBe(200);
  files.partial = partial.body as Buffer;
  writeFileSync(file("all.gexf"), files.gexf as Buffer);
  writeFileSync(file("all.graphml"), files.graphml as Buffer);
  writeFileSync(file("partial.graphml"), files.partial as Buffer);
  // One Gephi JVM and one Python process for every file of this test file; the tests below await what they need.
  gephi = readWithGephi([
    file("all.gexf"),
    file("all.graphml"),
    { path: file("all.graphml"), mergeStrategy: "NO_MERGE" },
  ]);
  networkx = readWithNetworkx([file("all.gexf"), file("all.graphml"), file("partial.graphml")]);
  gephi.catch(() => {});
  networkx.catch(() => {});
}, SLOW);

afterAll(async () => {
  await restoreGraph(db, snapshot);
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

const ok = <T extends { ok: boolean }>(report: T | undefined): Extract<T, { ok: true }> => {
  if (!report?.ok) throw new Error(`the reader refused the file: ${JSON.stringify(report)}`);
  return report as Extract<T, { ok: true }>;
};

const relationshipCount = () => original.relationships.length;
const nodeCount = () => original.nodes.length;

describe("partial and empty selections", () => {
  it("should refuse a query that returns only scalar values with 422 EXPORT_EMPTY, naming its columns", async () => {
    const res = await exportAs("gexf", { by: "query", query: "MATCH (n:Entity) RETURN n.name AS name LIMIT 3" });
    expect(res.status).toBe(422);
    const problem = JSON.parse((res.body as Buffer).toString("utf8"));
    expect(problem.code).toBe("EXPORT_EMPTY");
    expect(problem.detail).toContain("3 rows but no node, relationship or path (columns: name)");
    const none = await exportAs("json", { by: "query", query: "MATCH (n:Entity {id: 'org:nobody'}) RETURN n" });
    expect(none.status).toBe(422);
  });

  it(
    "should name unknown ids in headers and in the file's metadata, which networkx reads",
    async () => {
      const res = await exportAs("json", PARTIAL, { includeClaims: false });
      expect(res.headers["x-export-unknown-ids"]).toBe("org:nobody");
      expect(res.headers["x-export-unknown-count"]).toBe("1");
      const json = JSON.parse((res.body as Buffer).toString("utf8"));
      expect(json.attributes).toMatchObject({ unknownIds: ["org:nobody"], unknownCount: 1 });
      const g = ok((await networkx)[2]);
      expect(g.graphAttributes.unknownIds?.value).toBe('["org:nobody"]');
      expect(g.graphAttributes.notice?.value).toBe(
        "Partial: 1 requested id names no node and is not in this export: org:nobody.",
      );
    },
    SLOW,
  );

  it(
    "should list every source a node cites, not only those of edges and claims",
    async () => {
      const g = ok((await networkx)[2]);
      expect([...g.nodes.map((n) => n.id)].sort()).toEqual(["org:deepseek", "org:oracle"]);
      const sources = JSON.parse(String(g.graphAttributes.sources?.value)) as { id: string }[];
      expect(sources.map((s) => s.id).sort()).toEqual([SEED_SOURCE_ID, FIXTURE_SOURCE].sort());
    },
    SLOW,
  );
});

describe("GEXF in Gephi and networkx", () => {
  let report: GephiFileReport;
  beforeAll(async () => {
    report = ok((await gephi)[0]);
  }, SLOW);

  it("should keep parallel edges of different types apart under Gephi's default merge, each with its own evidence", () => {
    expect(report.options.mergeStrategy).toBe("SUM");
    expect([report.nodeCount, report.edgeCount]).toEqual([nodeCount(), relationshipCount()]);
    const pair = report.edges.filter((e) => e.source === "org:deepseek" && e.target === "country:china");
    expect(pair.map((e) => e.type).sort()).toEqual(["BASED_IN", "OPERATES_IN"]);
    for (const e of report.edges) {
      expect(e.type).toBe(e.attributes.type);
      expect(String(e.id)).toBe(`${e.source}|${e.type}|${e.target}`);
    }
    const operates = pair.find((e) => e.type === "OPERATES_IN");
    expect(operates?.attributes.quotes).toBe("DeepSeek operates in China");
    expect(operates?.weight).toBe(1);
  });

  it("should have Gephi type every column per property: integers Integer or Long, floats Double", () => {
    const nodeType = (title: string) => report.nodeColumns.find((c) => c.title === title)?.type;
    const edgeType = (title: string) => report.edgeColumns.find((c) => c.title === title)?.type;
    expect(nodeType("value")).toBe("Double");
    expect(nodeType("min")).toBe("Double");
    expect(nodeType("evidenceCount")).toBe("Integer");
    expect(edgeType("amount")).toBe("Long");
    expect(edgeType("years")).toBe("Long");
    expect(edgeType("share")).toBe("Double");
    // db.schema reports both integers and floats for `confidence`: one column, Double.
    expect(edgeType("confidence")).toBe("Double");
    expect(report.issues.filter((i) => i.level === "SEVERE" || i.level === "CRITICAL")).toEqual([]);
  });

  it("should show the bibliography as the workspace's description", () => {
    const description = report.workspace.description ?? "";
    expect(description).toContain(`[${SEED_SOURCE_ID}] `);
    expect(description).toContain(`[${FIXTURE_SOURCE}] Note on cloud capacity in China`);
  });

  it("should give Gephi colours by type, sizes and a position for every node (a quick layout: none is stored)", () => {
    const deepseek = report.nodes.find((n) => n.id === "org:deepseek");
    expect(deepseek?.color).toMatchObject({ r: 37, g: 99, b: 235 });
    const positions = new Set(report.nodes.map((n) => `${n.x.toFixed(3)},${n.y.toFixed(3)}`));
    expect(positions.size).toBe(report.nodes.length);
    expect(new Set(report.nodes.map((n) => n.size)).size).toBeGreaterThan(1);
  });

  it(
    "should read in networkx as a multigraph with ints, floats and every edge",
    async () => {
      const g = ok((await networkx)[0]) as NetworkxFileReport;
      expect(g.multigraph).toBe(true);
      expect([g.nodeCount, g.edgeCount]).toEqual([nodeCount(), relationshipCount()]);
      expect(g.nodeAttributeTypes.value).toEqual(["float"]);
      expect(g.nodeAttributeTypes.evidenceCount).toEqual(["int"]);
      expect(g.edgeAttributeTypes.amount).toEqual(["int"]);
      expect(g.edgeAttributeTypes.confidence).toEqual(["float"]);
    },
    SLOW,
  );

  it("should parse in graphology with each edge's kind and the Arabic intact", () => {
    const g = gexfParser.parse(Graph, (files.gexf as Buffer).toString("utf8"));
    expect(g.size).toBe(relationshipCount());
    expect(g.getNodeAttribute("org:deepseek", "labelAr")).toBe(
      original.nodes.find((n) => n.key === "org:deepseek")?.properties.nameAr,
    );
  });
});

describe("GraphML in Gephi and networkx", () => {
  it(
    "should keep the bibliography where networkx reads it, with integer keys as int",
    async () => {
      const g = ok((await networkx)[1]) as NetworkxFileReport;
      const sources = JSON.parse(String(g.graphAttributes.sources?.value)) as { id: string }[];
      expect(sources.map((s) => s.id).sort()).toEqual([SEED_SOURCE_ID, FIXTURE_SOURCE].sort());
      expect(g.edgeAttributeTypes.amount).toEqual(["int"]);
      expect(g.nodeAttributeTypes.value).toEqual(["float"]);
      expect(g.edgeCount).toBe(relationshipCount());
    },
    SLOW,
  );

  it(
    "should lose parallel edges in Gephi by default and keep them all with Don't merge (NO_MERGE)",
    async () => {
      const [, merged, kept] = await gephi;
      expect(ok(merged).edgeCount).toBeLessThan(relationshipCount());
      expect(ok(kept).options.mergeStrategy).toBe("NO_MERGE");
      expect(ok(kept).edgeCount).toBe(relationshipCount());
      const types = ok(kept).edgeColumns.map((c) => [c.title, c.type]);
      expect(types).toContainEqual(["amount", "Long"]);
      expect(types).toContainEqual(["evidenceCount", "Integer"]);
    },
    SLOW,
  );

  it(
    "should cost only a warning in Gephi's import report for the graph-level keys",
    async () => {
      const report = ok((await gephi)[1]);
      const graphKeyIssues = report.issues.filter((i) => /sources|description|creator|generatedAt/.test(i.message));
      expect(graphKeyIssues.length).toBeGreaterThan(0);
      expect(report.issues.filter((i) => i.level === "CRITICAL")).toEqual([]);
      expect(new Set(graphKeyIssues.map((i) => i.level))).toEqual(new Set(["WARNING"]));
    },
    SLOW,
  );
});

describe("the neo4j-admin flavour", () => {
  let imported: Neo4jAdminImportResult | undefined;
  let importedDb: Db | undefined;
  afterAll(async () => {
    await importedDb?.close();
    await imported?.stop();
  });

  it(
    "should load with its own command into an empty database with the same counts, labels and typed properties",
    async () => {
      const zip = unzipSync(new Uint8Array(files["neo4j-admin"] as Buffer));
      const at = join(dir, "admin");
      mkdirSync(at, { recursive: true });
      for (const [name, data] of Object.entries(zip)) writeFileSync(join(at, name), data);
      const script = new TextDecoder().decode(zip["import.sh"]);
      const line = script.split("\n").find((l) => l.startsWith("neo4j-admin database import full ")) ?? "";
      const args = line.split(" ").slice(4);
      const database = args.pop();
      expect(database).toBe("neo4j");
      const nodes = args.filter((a) => a.startsWith("--nodes=")).map((a) => join(at, a.slice(8)));
      const relationships = args.filter((a) => a.startsWith("--relationships=")).map((a) => join(at, a.slice(16)));
      const extraArgs = args.filter((a) => !a.startsWith("--nodes=") && !a.startsWith("--relationships="));
      imported = await importWithNeo4jAdmin({ nodes, relationships, extraArgs });
      expect(imported.exitCode, imported.stderr).toBe(0);
      expect(imported.badEntries).toBe("");
      importedDb = createDb((imported.db as ScratchNeo4j).connection);
      const loaded = await typedGraph(importedDb);
      expect(loaded.nodes.map((n) => [n.key, n.labels])).toEqual(original.nodes.map((n) => [n.key, n.labels]));
      expect(loaded.relationships.map((r) => r.key)).toEqual(original.relationships.map((r) => r.key));
      await runScript(importedDb, new TextDecoder().decode(zip["after-import.cypher"]));
      expect(await typedGraph(importedDb)).toEqual(original);
    },
    SLOW,
  );
});

describe("the Cypher script", () => {
  let scratch: ScratchNeo4j | undefined;
  let rebuilt: Db | undefined;
  afterAll(async () => {
    await rebuilt?.close();
    await scratch?.stop();
  });

  it(
    "should rebuild in an empty Neo4j every node, relationship and property with its type, and change nothing when run twice",
    async () => {
      scratch = await startScratchNeo4j();
      rebuilt = createDb(scratch.connection);
      const script = (files.cypher as Buffer).toString("utf8");
      await runScript(rebuilt, script);
      const once = await typedGraph(rebuilt);
      expect(once).toEqual(original);
      // Spot checks of what was lost before: a whole float, search keys, a translation, an empty alias list.
      const claim = once.nodes.find((n) => n.key === "claim:china-ai-capex-growth-48pct");
      expect(claim?.types.value).toBe("FLOAT NOT NULL");
      expect(once.nodes.find((n) => n.key === "org:oracle")?.properties.aliases).toEqual([]);
      expect(once.nodes.find((n) => n.key === SEED_SOURCE_ID)?.properties.translationTexts).toBeDefined();
      await runScript(rebuilt, script);
      expect(await typedGraph(rebuilt)).toEqual(original);
    },
    SLOW,
  );

  it(
    "should give an explorer that answers search, nodes and sources exactly as the original",
    async () => {
      if (!rebuilt || !scratch) throw new Error("the rebuild test did not run");
      await rebuilt.write("CALL db.awaitIndexes(300)");
      const copy = createApp({ db: rebuilt, connection: scratch.connection, env: readEnv({}), logger });
      const same = async (path: string) => {
        const [a, b] = await Promise.all([request(app).get(path), request(copy).get(path)]);
        expect(b.status, path).toBe(a.status);
        // Each answer has its own request id (a problem carries it in its body too).
        const { requestId: _a, ...bodyA } = a.body as Record<string, unknown>;
        const { requestId: _b, ...bodyB } = b.body as Record<string, unknown>;
        expect(bodyB, path).toEqual(bodyA);
        return a.body;
      };
      for (const q of ["ديبسيك", "DeepSeek", "علي بابا", "Oracle", "بنك"]) {
        const body = await same(`/api/search?q=${encodeURIComponent(q)}`);
        if (q === "ديبسيك") expect(body.hits[0]?.id).toBe("org:deepseek");
      }
      for (const n of original.nodes) await same(`/api/nodes/${encodeURIComponent(n.key)}`);
      for (const id of [SEED_SOURCE_ID, FIXTURE_SOURCE]) {
        const body = await same(`/api/sources/${id}`);
        if (id === SEED_SOURCE_ID) expect(body.translation.segments.length).toBeGreaterThan(0);
      }
    },
    SLOW,
  );
});
