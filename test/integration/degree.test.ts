// The degree stored on every node against the real Neo4j: right after ingest, a workbench commit and each kind of retract.
import { rmSync } from "node:fs";
import { Draft } from "@domain/contracts/workbench";
import neo4j from "neo4j-driver";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMigrations } from "../../server/bootstrap/migrations";
import { testDb } from "../helpers/db";
import { type GraphSnapshot, restoreGraph, snapshotGraph } from "../helpers/snapshot";
import { workbenchApp } from "../helpers/workbench";

const db = testDb();
const { app, dir } = workbenchApp(db);
let snapshot: GraphSnapshot;

/** Entities, claims and sources whose stored degree is missing, not an Integer, or not their relationship count. */
async function wrongDegrees(): Promise<Array<{ id: string; stored: unknown; count: number }>> {
  const result = await db.read(
    `MATCH (n) WHERE n:Entity OR n:Claim OR n:Source
     WITH n, COUNT { (n)--() } AS count
     WHERE n.degree IS NULL OR NOT valueType(n.degree) STARTS WITH 'INTEGER' OR n.degree <> count
     RETURN coalesce(n.id, elementId(n)) AS id, n.degree AS stored, count`,
  );
  return result.records.map((r) => ({
    id: r.get("id"),
    stored: r.get("stored"),
    count: neo4j.integer.toNumber(r.get("count")),
  }));
}

const TEXT =
  "Harbor Degree Labs will license the R1 model of DeepSeek. Alibaba plans to invest about 50 billion yuan in China.";
const span = (quote: string) => {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`no ${quote}`);
  return { start, end: start + quote.length, quote };
};
const offsets = (quote: string) => {
  const { start, end } = span(quote);
  return { start, end };
};
const LICENSES = "Harbor Degree Labs will license the R1 model of DeepSeek";
const FIGURE = "Alibaba plans to invest about 50 billion yuan in China";

/** Adds, marks (a new entity, a relation to the seed, a claim about the seed) and commits one document. */
async function commitDocument(): Promise<Draft> {
  const added = await request(app)
    .post("/api/workbench/documents")
    .send({ title: "Degree test", content: { kind: "paste", text: TEXT } });
  expect(added.status).toBe(201);
  const draft = Draft.parse(added.body);
  const entity = { id: "org:harbor-degree-labs", type: "Organization", name: "Harbor Degree Labs", aliases: [] };
  const marks = [
    { id: "new", kind: "mention", entityId: entity.id, evidence: span("Harbor Degree Labs") },
    {
      id: "rel",
      kind: "relation",
      from: entity.id,
      to: "model:deepseek-r1",
      type: "LICENSES",
      evidence: [span(LICENSES)],
    },
    {
      id: "fig",
      kind: "claim",
      claimKind: "assertion",
      statement: "Alibaba plans to invest in China.",
      statedBy: [],
      about: ["org:alibaba"],
      evidence: [span(FIGURE)],
    },
  ];
  const saved = await request(app)
    .put(`/api/workbench/drafts/${draft.id}`)
    .send({ revision: draft.revision, entities: [entity], marks, rejected: [] });
  expect(saved.status).toBe(200);
  const ready = Draft.parse(saved.body);
  const committed = await request(app)
    .post(`/api/workbench/drafts/${ready.id}/commit`)
    .set("Idempotency-Key", "degree-commit-01")
    .send({ revision: ready.revision });
  expect(committed.status).toBe(200);
  expect(committed.body).toMatchObject({ state: "committed" });
  return ready;
}

beforeAll(async () => {
  snapshot = await snapshotGraph(db);
  // Earlier test files may leave hand-made nodes: the start-up migration gives them a degree, as it would in use.
  await runMigrations(db);
});

afterAll(async () => {
  await restoreGraph(db, snapshot);
  rmSync(dir, { recursive: true, force: true });
  await db.close();
});

describe("the stored degree", () => {
  it("should equal every node's relationship count, as an Integer, after the seed's ingest", async () => {
    expect(await wrongDegrees()).toEqual([]);
    const [row] = (await db.read("MATCH (n:Entity {id: 'org:bank-of-america'}) RETURN n.degree AS d")).records;
    expect(neo4j.isInt(row?.get("d"))).toBe(true);
  });

  it("should follow a workbench commit and each kind of retract, in the same transaction as the relationships", async () => {
    const draft = await commitDocument();
    expect(await wrongDegrees()).toEqual([]);
    const one = await request(app)
      .post("/api/workbench/retract")
      .send({
        what: "evidence",
        sourceId: draft.source.id,
        ...offsets(LICENSES),
        on: { kind: "relation", from: "org:harbor-degree-labs", type: "LICENSES", to: "model:deepseek-r1" },
      });
    expect(one.status).toBe(200);
    expect(one.body.edgesRemoved).toHaveLength(1);
    expect(await wrongDegrees()).toEqual([]);
    const claim = await request(app)
      .post("/api/workbench/retract")
      .send({
        what: "evidence",
        sourceId: draft.source.id,
        ...offsets(FIGURE),
        on: { kind: "claim", id: `claim:${draft.source.id}-fig` },
      });
    expect(claim.status).toBe(200);
    expect(claim.body.claimsRemoved).toEqual([`claim:${draft.source.id}-fig`]);
    expect(await wrongDegrees()).toEqual([]);
    const mention = await request(app)
      .post("/api/workbench/retract")
      .send({
        what: "evidence",
        sourceId: draft.source.id,
        ...offsets("Harbor Degree Labs"),
        on: { kind: "mention", entityId: "org:harbor-degree-labs" },
      });
    expect(mention.status).toBe(200);
    expect(await wrongDegrees()).toEqual([]);
    const all = await request(app).post("/api/workbench/retract").send({ what: "source", sourceId: draft.source.id });
    expect(all.status).toBe(200);
    expect(all.body.sourceRemoved).toBe(true);
    expect(await wrongDegrees()).toEqual([]);
  });
});
