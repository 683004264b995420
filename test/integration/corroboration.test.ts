// Corroboration against the real Neo4j: the seed, an agreeing-and-conflicting wire report and a derived newsletter.
import { type ClaimGroup, ClaimGroupsResponse } from "@domain/contracts/corroboration";
import { GraphResponse } from "@domain/contracts/wire";
import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import Graph from "graphology";
import * as gexf from "graphology-gexf";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readEnv } from "../../server/config/env";
import { createApp } from "../../server/http/app";
import { ingestDocuments } from "../../server/ingest/ingestDocuments";
import { createLogger } from "../../server/log/logger";
import { toPlain } from "../../server/neo4j/values";
import {
  CORROBORATION_DEEP_CHECK_MS,
  CORROBORATION_TTL_MS,
  corroborationOf,
  invalidateCorroboration,
  settledCorroboration,
} from "../../server/repositories/corroboration";
import { type GraphChecksum, graphChecksum } from "../helpers/checksum";
import { testDb } from "../helpers/db";
import {
  DERIVED_MANIFEST,
  DERIVED_SOURCE_ID,
  FOLLOWUP_MANIFEST,
  SEED_MANIFEST,
  SEED_SOURCE_ID,
  WIRE_MANIFEST,
  WIRE_SOURCE_ID,
} from "../helpers/ingestFixtures";
import { type GraphSnapshot, restoreGraph, snapshotGraph } from "../helpers/snapshot";

const AUTHOR = "Test Researcher";
const db = testDb();
const app = createApp({
  db,
  connection: inject("neo4j"),
  env: readEnv({ KG_AUTHOR: AUTHOR }),
  logger: createLogger("silent"),
});
let snapshot: GraphSnapshot;
let original: GraphChecksum;

beforeAll(async () => {
  snapshot = await snapshotGraph(db);
  original = await graphChecksum(db);
  await ingestDocuments(db, [WIRE_MANIFEST]);
  invalidateCorroboration(db);
});

afterAll(async () => {
  await restoreGraph(db, snapshot);
  expect(await graphChecksum(db)).toEqual(original);
  await db.close();
});

const rows = async (query: string, params: Record<string, unknown> = {}) =>
  (await db.read(query, params)).records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);

async function groups(query = ""): Promise<ClaimGroupsResponse> {
  const res = await request(app).get(`/api/claim-groups${query}`);
  expect(res.status).toBe(200);
  return ClaimGroupsResponse.parse(res.body);
}

const groupWith = (answer: ClaimGroupsResponse, claimId: string): ClaimGroup => {
  const found = answer.groups.find((g) => g.members.some((m) => m.claimId === claimId));
  if (!found) throw new Error(`no group holds ${claimId}`);
  return found;
};

async function overviewEdge(key: string) {
  const res = await request(app).get("/api/graph?limit=20000");
  const graph = GraphResponse.parse(res.body).graph;
  const edge = graph.edges.find((e) => e.key === key);
  if (!edge) throw new Error(`no edge ${key}`);
  return { edge, graph };
}

describe("a second document that agrees with one seed figure and conflicts with another", () => {
  it("should answer 400 naming the parameter for a bad filter", async () => {
    const res = await request(app).get("/api/claim-groups?status=agreed&from=last-year&limit=0");
    expect(res.status).toBe(400);
    expect(res.body.code).toBe("VALIDATION_FAILED");
    expect(res.body.issues.map((i: { path: unknown[] }) => i.path)).toEqual(
      expect.arrayContaining([["status", 0], ["from"], ["limit"]]),
    );
  });

  it("should group the two Stargate figures, of different ids, as corroborated by two independent sources", async () => {
    const group = groupWith(await groups(), "claim:meridian-stargate-500bn-usd");
    expect(group).toMatchObject({
      status: "corroborated",
      subject: { id: "project:stargate", label: "Stargate", labelAr: "ستارغيت" },
      measure: "planned-investment",
      measureInferred: false,
      period: { start: "2025-01-01", end: "2028-12-31", label: "2025–2028" },
      sourceCount: 2,
      independentSupport: 2,
    });
    const seed = group.members.find((m) => m.claimId === "claim:stargate-500bn-usd");
    const wire = group.members.find((m) => m.claimId === "claim:meridian-stargate-500bn-usd");
    expect(seed).toMatchObject({
      claimId: "claim:stargate-500bn-usd",
      standing: "agrees",
      agreesWith: ["claim:meridian-stargate-500bn-usd"],
      figure: { text: "≈ 500 billion USD", approximate: true },
      sources: [{ id: SEED_SOURCE_ID, language: "ar", direction: "rtl" }],
      reason: { basis: "inferred" },
    });
    expect(seed?.evidence[0]).toMatchObject({ language: "ar", direction: "rtl" });
    expect(seed?.original).toContain("ما يصل إلى 500 مليار دولار");
    expect(wire).toMatchObject({
      claimId: "claim:meridian-stargate-500bn-usd",
      sources: [{ id: WIRE_SOURCE_ID, language: "en", direction: "ltr", publisher: "Meridian Wire" }],
      evidence: [{ quote: "The Stargate project will invest up to $500 billion over four years", direction: "ltr" }],
      reason: { basis: "measure" },
    });
    const pairs = group.independence.pairs;
    expect(pairs.map((p) => [[p.a, p.b].sort(), p.dependent])).toEqual([[[SEED_SOURCE_ID, WIRE_SOURCE_ID], false]]);
  });

  it("should mark China's 2025 AI capex conflicting, with both quotes, each exact in its source, and the difference", async () => {
    const answer = await groups("?status=conflicting");
    expect(answer.groups).toHaveLength(1);
    expect(answer.counts).toEqual({ conflicting: 1, corroborated: 0, "single-source": 0 });
    const [group] = answer.groups as [ClaimGroup];
    expect(group.subject.id).toBe("country:china");
    expect(group.difference?.text).toBe("600–700 billion CNY vs ≈ 450 billion CNY: 150 billion CNY apart (25%)");
    expect(group.notes).toEqual(["Not compared: different currencies (CNY, USD): never converted."]);
    const seed = group.members.find((m) => m.claimId === "claim:china-ai-capex-2025-cny");
    const wire = group.members.find((m) => m.claimId === "claim:meridian-china-ai-capex-2025-cny");
    expect(seed?.standing).toBe("conflicts");
    expect(wire?.conflictsWith.map((c) => c.claimId)).toEqual(["claim:china-ai-capex-2025-cny"]);
    expect(seed?.evidence.map((e) => e.gloss)).toContain(
      "capital spending on artificial intelligence in China is expected to reach between 600 and 700 billion yuan",
    );
    for (const member of [seed, wire]) {
      for (const e of member?.evidence ?? []) {
        const [stored] = await rows("MATCH (s:Source {id: $id}) RETURN s.text AS text", { id: e.sourceId });
        expect(String(stored?.text).slice(e.start, e.end)).toBe(e.quote);
      }
    }
    expect(wire?.statedBy).toEqual([{ id: "org:eastbridge-capital", label: "Eastbridge Capital" }]);
  });

  it("should filter groups by subject and by period, and answer one group by id or 404", async () => {
    const china = await groups("?subject=country:china");
    expect(china.groups.every((g) => g.members.some((m) => m.claimId.includes("china")))).toBe(true);
    const q4 = await groups("?from=2024-Q4&to=2024-Q4");
    expect(q4.groups.map((g) => g.subject.id).sort()).toEqual(["commodity:copper", "org:tencent", "org:tencent"]);
    const [first] = (await groups("?limit=1")).groups as [ClaimGroup];
    const one = await request(app).get(`/api/claim-groups/${first.id}`);
    expect(one.status).toBe(200);
    expect(one.body.id).toBe(first.id);
    const missing = await request(app).get("/api/claim-groups/g-0000000000000000");
    expect([missing.status, missing.body.code]).toEqual([404, "NOT_FOUND"]);
  });

  it("should weigh an edge both documents support by two independent sources, on every endpoint", async () => {
    const key = "gov:united-states|COMMITTED_TO|project:stargate";
    const { edge, graph } = await overviewEdge(key);
    expect(edge.attributes).toMatchObject({ sourceIds: [SEED_SOURCE_ID, WIRE_SOURCE_ID], independentSupport: 2 });
    const claim = graph.nodes.find((n) => n.key === "claim:stargate-500bn-usd");
    expect(claim?.attributes).toMatchObject({ independentSupport: 1, corroboration: "corroborated" });
    const details = await request(app).get("/api/nodes/project:stargate");
    const relation = details.body.relations.find((r: { key: string }) => r.key === key);
    expect(relation.independentSupport).toBe(2);
    const neighbors = await request(app).get("/api/nodes/project:stargate/neighbors?limit=100");
    const page = neighbors.body.graph.edges.find((e: { key: string }) => e.key === key);
    expect(page.attributes.independentSupport).toBe(2);
    const cypherAnswer = await request(app)
      .post("/api/cypher")
      .send({ query: "MATCH (:Entity {id: 'gov:united-states'})-[r:COMMITTED_TO]->(p) RETURN r, p" });
    expect(cypherAnswer.body.graph.edges[0].attributes.independentSupport).toBe(2);
  });

  it("should explain the independence of sources, or 404 for one that is not in the graph", async () => {
    const res = await request(app).get(`/api/independence?sourceIds=${SEED_SOURCE_ID},${WIRE_SOURCE_ID}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ independentSupport: 2, independentSourceIds: [SEED_SOURCE_ID, WIRE_SOURCE_ID] });
    expect(res.body.origins[WIRE_SOURCE_ID]).toContain("is published by Meridian Wire");
    const missing = await request(app).get(`/api/independence?sourceIds=${SEED_SOURCE_ID},no-such-source`);
    expect([missing.status, missing.body.code]).toEqual([404, "NOT_FOUND"]);
  });
});

describe("a third document that cites the same report as the seed", () => {
  beforeAll(async () => {
    await ingestDocuments(db, [DERIVED_MANIFEST]);
    invalidateCorroboration(db);
  });

  it("should count the 48% growth single-source although two documents state it", async () => {
    const group = groupWith(await groups(), "claim:ledger-china-ai-capex-growth-48pct");
    expect(group).toMatchObject({ status: "single-source", sourceCount: 2, independentSupport: 1 });
    expect(group.members.map((m) => m.standing)).toEqual(["agrees", "agrees"]);
    expect(group.independence.pairs[0]?.reason).toContain(
      "cites «Bank of America report on China's AI capital expenditure»",
    );
  });

  it("should weigh the relation both repeat by one independent source, and keep the China conflict", async () => {
    const { edge } = await overviewEdge("person:matty-zhao|WORKS_FOR|org:bank-of-america");
    expect(edge.attributes).toMatchObject({ sourceIds: [SEED_SOURCE_ID, DERIVED_SOURCE_ID], independentSupport: 1 });
    const china = groupWith(await groups(), "claim:ledger-china-ai-capex-2025-cny");
    expect(china.status).toBe("conflicting");
    expect(china.independentSupport).toBe(2);
    const cny = china.blocks.find((b) => b.currency === "CNY");
    expect(cny?.positions.map((p) => [p.text, p.independentSupport, p.claimIds.length])).toEqual([
      ["600–700 billion CNY", 1, 2],
      ["≈ 450 billion CNY", 1, 1],
    ]);
  });

  it("should carry independent support in GEXF, GraphML, JSON and the CSV, and never in the Cypher script", async () => {
    const select = { by: "neighborhood", id: "person:matty-zhao", depth: 1 };
    const exported = async (format: string) => {
      const res = await request(app)
        .post("/api/export")
        .send({ format, select })
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on("data", (c: Buffer) => chunks.push(c));
          r.on("end", () => done(null, Buffer.concat(chunks)));
        });
      expect(res.status).toBe(200);
      return res.body as Buffer;
    };
    const key = "person:matty-zhao|WORKS_FOR|org:bank-of-america";
    const fromGexf = gexf.parse(Graph, (await exported("gexf")).toString("utf8"));
    const gexfEdge = fromGexf.findEdge((_, a) => a.type === "WORKS_FOR");
    expect(fromGexf.getEdgeAttribute(gexfEdge, "independentSupport")).toBe(1);
    expect((await exported("graphml")).toString("utf8")).toContain('attr.name="independentSupport"');
    const json = JSON.parse((await exported("json")).toString("utf8"));
    expect(json.edges.find((e: { key: string }) => e.key === key).attributes.independentSupport).toBe(1);
    const zip = unzipSync(new Uint8Array(await exported("csv")));
    const edges = parse(strFromU8(zip["edges.csv"] as Uint8Array), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(edges.find((e) => e.key === key)?.independentSupport).toBe("1");
    const script = (await exported("cypher")).toString("utf8");
    expect(script).toContain("WORKS_FOR");
    // Property names are backtick-quoted in the script (source ids may contain the word "corroboration").
    expect(script).not.toMatch(/`(independentSupport|claimGroup|corroboration)`/);
    expect(script).toContain("`sourceIds`");
  });
});

describe("a researcher's marks on sources", () => {
  it("should refuse marks and grouping decisions from another site's page or a rebound host, as the workbench does", async () => {
    const writes = [
      request(app)
        .post("/api/source-marks")
        .send({ sourceIds: [SEED_SOURCE_ID, WIRE_SOURCE_ID], verdict: "dependent" }),
      request(app).delete(`/api/source-marks?sourceIds=${SEED_SOURCE_ID},${WIRE_SOURCE_ID}`),
      request(app)
        .post("/api/claim-groups/reset")
        .send({ claimIds: ["claim:none"] }),
    ];
    for (const write of writes) {
      const res = await write.set("Host", "127.0.0.1:7400").set("Origin", "https://evil.example");
      expect([res.status, res.body.code]).toEqual([403, "ORIGIN_NOT_ALLOWED"]);
    }
    const rebound = await request(app)
      .post("/api/source-marks")
      .set("Host", "evil.example")
      .send({ sourceIds: [SEED_SOURCE_ID, WIRE_SOURCE_ID], verdict: "dependent" });
    expect([rebound.status, rebound.body.code]).toEqual([403, "HOST_NOT_ALLOWED"]);
    expect(await rows("MATCH (s:Source) WHERE s.markedSourceIds IS NOT NULL RETURN s.id")).toEqual([]);
  });

  it("should refuse two same sources, a missing pair member, and an unknown source, naming the field", async () => {
    const same = await request(app)
      .post("/api/source-marks")
      .send({ sourceIds: [SEED_SOURCE_ID, SEED_SOURCE_ID], verdict: "independent" });
    expect([same.status, same.body.issues?.[0]?.path]).toEqual([400, ["sourceIds"]]);
    const verdict = await request(app)
      .post("/api/source-marks")
      .send({ sourceIds: [SEED_SOURCE_ID, WIRE_SOURCE_ID], verdict: "maybe" });
    expect([verdict.status, verdict.body.issues?.[0]?.path]).toEqual([400, ["verdict"]]);
    const unknown = await request(app)
      .post("/api/source-marks")
      .send({ sourceIds: [SEED_SOURCE_ID, "no-such-source"], verdict: "dependent" });
    expect([unknown.status, unknown.body.code]).toEqual([404, "NOT_FOUND"]);
    const one = await request(app).delete(`/api/source-marks?sourceIds=${SEED_SOURCE_ID}`);
    expect([one.status, one.body.code]).toEqual([400, "VALIDATION_FAILED"]);
    expect(await rows("MATCH (s:Source) WHERE s.markedSourceIds IS NOT NULL RETURN s.id")).toEqual([]);
  });

  it("should let a mark win: the newsletter marked independent of the seed makes the growth corroborated", async () => {
    const res = await request(app)
      .post("/api/source-marks")
      .send({ sourceIds: [DERIVED_SOURCE_ID, SEED_SOURCE_ID], verdict: "independent", note: "own reporting" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      sourceIds: [SEED_SOURCE_ID, DERIVED_SOURCE_ID],
      verdict: "independent",
      by: AUTHOR,
      note: "own reporting",
    });
    expect(new Date(res.body.at).toISOString()).toBe(res.body.at);
    const stored = await rows(
      "MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id, s.markedSourceIds AS others, s.markedBy AS by ORDER BY id",
      { ids: [SEED_SOURCE_ID, DERIVED_SOURCE_ID] },
    );
    expect(stored).toEqual([
      { id: SEED_SOURCE_ID, others: [DERIVED_SOURCE_ID], by: [AUTHOR] },
      { id: DERIVED_SOURCE_ID, others: [SEED_SOURCE_ID], by: [AUTHOR] },
    ]);
    expect(groupWith(await groups(), "claim:ledger-china-ai-capex-growth-48pct").status).toBe("corroborated");
    const { edge } = await overviewEdge("person:matty-zhao|WORKS_FOR|org:bank-of-america");
    expect(edge.attributes.independentSupport).toBe(2);
    const marks = await request(app).get("/api/source-marks");
    expect(marks.body.marks).toEqual([expect.objectContaining({ sourceIds: [SEED_SOURCE_ID, DERIVED_SOURCE_ID] })]);
    // A full export keeps the sources' nodes, and with them the marks and cited works the rule reads.
    const script = await request(app)
      .post("/api/export")
      .send({ format: "cypher", select: { by: "query", query: "MATCH (s:Source) RETURN s", params: {} } })
      .buffer(true)
      .parse((r, done) => {
        let text = "";
        r.on("data", (c: Buffer) => {
          text += c.toString("utf8");
        });
        r.on("end", () => done(null, text));
      });
    expect(script.body).toContain(`\`markedSourceIds\`: ['${DERIVED_SOURCE_ID}']`);
    expect(script.body).toContain("`citedEntityIds`: ['report:bofa-china-ai-capex'");
  });

  it("should let a dependent mark make the Stargate figures single-source, and replace an earlier mark", async () => {
    await request(app)
      .post("/api/source-marks")
      .send({ sourceIds: [SEED_SOURCE_ID, WIRE_SOURCE_ID], verdict: "dependent" })
      .expect(200);
    expect(groupWith(await groups(), "claim:stargate-500bn-usd").status).toBe("single-source");
    await request(app)
      .post("/api/source-marks")
      .send({ sourceIds: [SEED_SOURCE_ID, WIRE_SOURCE_ID], verdict: "independent" })
      .expect(200);
    expect(groupWith(await groups(), "claim:stargate-500bn-usd").status).toBe("corroborated");
    const [seed] = await rows("MATCH (s:Source {id: $id}) RETURN s.markedSourceIds AS others", { id: SEED_SOURCE_ID });
    expect(seed?.others).toEqual([DERIVED_SOURCE_ID, WIRE_SOURCE_ID]);
  });

  it("should remove marks from both sources, the rule applying again", async () => {
    for (const other of [DERIVED_SOURCE_ID, WIRE_SOURCE_ID]) {
      const res = await request(app).delete(`/api/source-marks?sourceIds=${SEED_SOURCE_ID},${other}`);
      expect(res.body).toEqual({ removed: true });
    }
    const again = await request(app).delete(`/api/source-marks?sourceIds=${SEED_SOURCE_ID},${WIRE_SOURCE_ID}`);
    expect(again.body).toEqual({ removed: false });
    expect(await rows("MATCH (s:Source) WHERE s.markedSourceIds IS NOT NULL RETURN s.id")).toEqual([]);
    expect(groupWith(await groups(), "claim:ledger-china-ai-capex-growth-48pct").status).toBe("single-source");
  });
});

describe("a researcher's merges and splits of claim groups", () => {
  it("should refuse one group, an unknown group and a claim outside the group, naming the field", async () => {
    const china = groupWith(await groups(), "claim:meridian-china-ai-capex-2025-cny");
    const single = await request(app)
      .post("/api/claim-groups/merge")
      .send({ groupIds: [china.id] });
    expect([single.status, single.body.issues?.[0]?.path]).toEqual([400, ["groupIds"]]);
    const unknown = await request(app)
      .post("/api/claim-groups/merge")
      .send({ groupIds: [china.id, "g-0000000000000000"] });
    expect([unknown.status, unknown.body.code]).toEqual([404, "NOT_FOUND"]);
    const outside = await request(app)
      .post("/api/claim-groups/split")
      .send({ groupId: china.id, claimIds: ["claim:stargate-500bn-usd"] });
    expect([outside.status, outside.body.issues?.[0]?.path]).toEqual([400, ["claimIds", 0]]);
    const all = await request(app)
      .post("/api/claim-groups/split")
      .send({ groupId: china.id, claimIds: china.members.map((m) => m.claimId) });
    expect([all.status, all.body.issues?.[0]?.path]).toEqual([400, ["claimIds"]]);
    expect(await rows("MATCH (c:Claim) WHERE c.groupDecision IS NOT NULL RETURN c.id")).toEqual([]);
  });

  it("should split the conflicting figure off, merge it back, and reset, recording who and when", async () => {
    const china = groupWith(await groups(), "claim:meridian-china-ai-capex-2025-cny");
    const split = await request(app)
      .post("/api/claim-groups/split")
      .send({ groupId: china.id, claimIds: ["claim:meridian-china-ai-capex-2025-cny"], note: "different scope" });
    expect(split.status).toBe(200);
    expect(split.body.decision).toMatchObject({ by: AUTHOR, note: "different scope" });
    const parts = split.body.groups as ClaimGroup[];
    expect(parts.map((g) => [g.status, g.members.length, g.manual]).sort()).toEqual([
      ["single-source", 1, true],
      ["single-source", 3, true],
    ]);
    const stored = await rows(
      "MATCH (c:Claim) WHERE c.groupDecision IS NOT NULL RETURN count(c) AS n, collect(DISTINCT c.groupDecisionBy) AS by",
    );
    expect(stored).toEqual([{ n: 4, by: [AUTHOR] }]);

    const merged = await request(app)
      .post("/api/claim-groups/merge")
      .send({ groupIds: parts.map((g) => g.id) });
    expect(merged.status).toBe(200);
    const [one] = merged.body.groups as ClaimGroup[];
    expect(merged.body.groups).toHaveLength(1);
    expect(one).toMatchObject({ status: "conflicting", manual: true });
    expect(one?.reason).toContain(`set by hand by ${AUTHOR}`);
    expect(one?.members.every((m) => m.reason.basis === "manual" && m.decision?.by === AUTHOR)).toBe(true);

    const reset = await request(app)
      .post("/api/claim-groups/reset")
      .send({ claimIds: china.members.map((m) => m.claimId) });
    expect(reset.status).toBe(200);
    expect((reset.body.groups as ClaimGroup[]).map((g) => g.id)).toEqual([china.id]);
    expect(await rows("MATCH (c:Claim) WHERE c.groupDecision IS NOT NULL RETURN c.id")).toEqual([]);
  });
});

describe("claims stored before their subject was recorded", () => {
  it("should compare them by every entity they are about until their document is ingested again", async () => {
    await db.write("MATCH (c:Claim {id: 'claim:stargate-500bn-usd'}) REMOVE c.subject");
    invalidateCorroboration(db);
    const alone = groupWith(await groups(), "claim:stargate-500bn-usd");
    expect(alone.subject.id).toBe("gov:united-states+project:stargate+tech:data-centres");
    expect(alone.members).toHaveLength(1);
    const [report] = await ingestDocuments(db, [SEED_MANIFEST]);
    expect(report?.changed).toBe(true);
    invalidateCorroboration(db);
    expect(groupWith(await groups(), "claim:stargate-500bn-usd").status).toBe("corroborated");
    const [again] = await ingestDocuments(db, [SEED_MANIFEST]);
    expect(again?.changed).toBe(false);
  });
});

describe("the computed view", () => {
  it("should be reused within its time to live, then checked in the background and read again once it moved", async () => {
    const t0 = 1_000_000_000_000;
    invalidateCorroboration(db);
    const before = await corroborationOf(db, () => t0);
    expect(before.claimGroup("claim:followup-tencent-capex-h1-2026-45bn-cny")).toBeUndefined();
    const other = testDb();
    try {
      await ingestDocuments(other, [FOLLOWUP_MANIFEST]);
    } finally {
      await other.close();
    }
    expect(await settledCorroboration(db, () => t0 + 1)).toBe(before);
    // Past its time to live the view still answers at once, while the check runs behind it.
    expect(await corroborationOf(db, () => t0 + CORROBORATION_TTL_MS)).toBe(before);
    const after = await settledCorroboration(db, () => t0 + CORROBORATION_TTL_MS + 1);
    expect(after).not.toBe(before);
    expect(after.claimGroup("claim:followup-tencent-capex-h1-2026-45bn-cny")?.status).toBe("single-source");
    expect(await settledCorroboration(db, () => t0 + 2 * CORROBORATION_TTL_MS + 2)).toBe(after);
  });

  it("should see a decision written by another process at the slower check", async () => {
    const t0 = 2_000_000_000_000;
    invalidateCorroboration(db);
    const before = await corroborationOf(db, () => t0);
    await db.write(
      "MATCH (c:Claim {id: 'claim:stargate-500bn-usd'}) SET c.groupDecision = 'elsewhere', c.groupDecisionBy = 'x', c.groupDecisionAt = '2026-01-01T00:00:00.000Z'",
    );
    expect(await settledCorroboration(db, () => t0 + CORROBORATION_TTL_MS)).toBe(before);
    const after = await settledCorroboration(db, () => t0 + CORROBORATION_DEEP_CHECK_MS);
    expect(after).not.toBe(before);
    expect(await settledCorroboration(db, () => t0 + CORROBORATION_DEEP_CHECK_MS + 1)).toBe(after);
    expect(after.groupById.get(after.claimGroup("claim:stargate-500bn-usd")?.id ?? "")?.draft.manual).toBe(true);
  });
});
