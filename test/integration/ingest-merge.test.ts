import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DocumentReport, ingestDocuments } from "../../server/ingest/ingestDocuments";
import { toPlain } from "../../server/neo4j/values";
import { type GraphChecksum, graphChecksum } from "../helpers/checksum";
import { testDb } from "../helpers/db";
import { FOLLOWUP_MANIFEST, SEED_SOURCE_ID } from "../helpers/ingestFixtures";
import { type GraphSnapshot, restoreGraph, snapshotGraph } from "../helpers/snapshot";

const db = testDb();
let snapshot: GraphSnapshot;
let original: GraphChecksum;
let reports: DocumentReport[];

beforeAll(async () => {
  snapshot = await snapshotGraph(db);
  original = await graphChecksum(db);
  reports = await ingestDocuments(db, [FOLLOWUP_MANIFEST]);
});

afterAll(async () => {
  // The follow-up enriched seed nodes and edges: put the seed back exactly as it was.
  await restoreGraph(db, snapshot);
  expect(await graphChecksum(db)).toEqual(original);
  await db.close();
});

const rows = async (query: string, params: Record<string, unknown> = {}) =>
  (await db.read(query, params)).records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);

describe("a second document", () => {
  it("should link an entity named by another id but the same alias, instead of duplicating it", async () => {
    expect(reports[0]?.links).toEqual([{ from: "org:tencent-holdings", to: "org:tencent", key: "tencentholdings" }]);
    expect(await rows("MATCH (n:Entity {id: 'org:tencent-holdings'}) RETURN n")).toEqual([]);
    const tencents = await rows(
      "MATCH (n:Entity) WHERE 'tencent' IN n.searchKeys RETURN n.id AS id, n.sourceIds AS sources",
    );
    expect(tencents).toEqual([{ id: "org:tencent", sources: [SEED_SOURCE_ID, "followup-en"] }]);
  });

  it("should attach its relations and claims to the linked entity", async () => {
    const covers = await rows("MATCH (a)-[r:COVERS]->(b) RETURN a.id AS from, b.id AS to, r.fictional AS fictional");
    expect(covers).toEqual([{ from: "org:harbor-lane-research", to: "org:tencent", fictional: true }]);
    const about = await rows(
      "MATCH (c:Claim {id: 'claim:followup-tencent-capex-h1-2026-45bn-cny'})-[:ABOUT]->(e) RETURN e.id AS id",
    );
    expect(about).toEqual([{ id: "org:tencent" }]);
  });

  it("should give an edge both documents support the evidence of both, each quote in its own source", async () => {
    const [edge] = await rows(`
      MATCH (:Entity {id: 'org:deepseek'})-[r:DEVELOPED]->(:Entity {id: 'model:deepseek-r1'})
      UNWIND range(0, size(r.quotes) - 1) AS i
      MATCH (s:Source {id: r.sourceIds[i]})
      RETURN count(*) AS edges, collect(r.sourceIds[i]) AS sources,
        all(ok IN collect(substring(s.text, r.starts[i], r.ends[i] - r.starts[i]) = r.quotes[i]) WHERE ok) AS exact`);
    expect(edge).toEqual({ edges: 2, sources: [SEED_SOURCE_ID, "followup-en"], exact: true });
  });

  it("should add the sources of entities it refers to by external id", async () => {
    const entities = await rows(
      "MATCH (n:Entity) WHERE n.id IN ['org:deepseek', 'model:deepseek-r1', 'country:china'] RETURN n.id AS id, n.sourceIds AS sources ORDER BY id",
    );
    for (const e of entities) expect(e.sources).toEqual([SEED_SOURCE_ID, "followup-en"]);
    expect(entities).toHaveLength(3);
  });
});
