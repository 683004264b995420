// The workbench against the real Neo4j: add, suggest, save, review, commit (idempotent, concurrent, atomic), retract,
// and the saved folders as the durable record (the seed plus them rebuild the same graph in an empty database).
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { CommitStatus, Draft, RetractResponse, ReviewResponse, SuggestionsResponse } from "@domain/contracts/workbench";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { prepareGraph } from "../../server/bootstrap/prepareDatabase";
import { findManifests } from "../../server/ingest/findManifests";
import { ingestDocuments } from "../../server/ingest/ingestDocuments";
import { cypher } from "../../server/neo4j/cypherFiles";
import { createDb } from "../../server/neo4j/driver";
import { toPlain } from "../../server/neo4j/values";
import { graphChecksum } from "../helpers/checksum";
import { testDb } from "../helpers/db";
import { SEED_MANIFEST } from "../helpers/ingestFixtures";
import { type GraphSnapshot, restoreGraph, snapshotGraph } from "../helpers/snapshot";
import { modelChecksum, workbenchApp } from "../helpers/workbench";

const db = testDb();
const { app, dir } = workbenchApp(db);
let snapshot: GraphSnapshot;

const EN =
  "DeepSeek said on Monday that Harbor Quantum Labs will license its R1 model. " +
  "Alibaba plans to invest about 50 billion yuan in China, up 48% in 2025.";
const AR = "قالت ديب سيك إن مختبرات هاربر الكمية ستستخدم نموذج R1. وتعتزم علي بابا استثمار نحو ٥٠ مليار يوان في الصين.";

beforeAll(async () => {
  snapshot = await snapshotGraph(db);
});

/** The same workbench folder served by an app whose Neo4j does not answer (nothing listens on port 9). */
const deadDb = createDb({ ...inject("neo4j"), uri: "bolt://127.0.0.1:9" }, { connectionTimeoutMs: 1000 });
const dead = workbenchApp(deadDb, { KG_WORKBENCH_DIR: dir });

afterAll(async () => {
  await restoreGraph(db, snapshot);
  rmSync(dir, { recursive: true, force: true });
  await deadDb.close();
  await db.close();
});

const add = async (title: string, text: string) => {
  const res = await request(app)
    .post("/api/workbench/documents")
    .send({ title, content: { kind: "paste", text } });
  expect(res.status).toBe(201);
  return Draft.parse(res.body);
};
const span = (text: string, quote: string, from = 0) => {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`no ${quote}`);
  return { start, end: start + quote.length, quote };
};
/** The saved folder of a source (documents/<commit time>-<sourceId>), or undefined when none is saved. */
const savedFolder = (sourceId: string): string | undefined => {
  const names = existsSync(join(dir, "documents")) ? readdirSync(join(dir, "documents")) : [];
  const name = names.find((n) => n.endsWith(`-${sourceId}`));
  return name === undefined ? undefined : join(dir, "documents", name);
};
const rows = async (query: string, params: Record<string, unknown> = {}) =>
  (await db.read(query, params)).records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);

/** Marks a relation from a selection, a figure claim from a suggestion, and the suggested mentions. */
async function markUp(draft: Draft, text: string, lang: "en" | "ar") {
  const suggestions = SuggestionsResponse.parse(
    (await request(app).get(`/api/workbench/drafts/${draft.id}/suggestions`)).body,
  );
  const newEntity = {
    id: `org:harbor-quantum-labs-${lang}`,
    type: "Organization",
    name: `Harbor Quantum Labs (${lang})`,
    nameAr: "مختبرات هاربر الكمية",
    aliases: ["Harbor Quantum Labs"],
  };
  const figure = suggestions.figures.find((f) => f.kind === "amount");
  if (!figure?.quantity) throw new Error("no amount suggested");
  const newName = lang === "en" ? "Harbor Quantum Labs" : "مختبرات هاربر الكمية";
  const sentence =
    lang === "en" ? "Harbor Quantum Labs will license its R1 model" : "مختبرات هاربر الكمية ستستخدم نموذج R1";
  const marks = [
    ...suggestions.mentions.map((m, i) => ({
      id: `m${i}`,
      kind: "mention" as const,
      entityId: m.entityId,
      evidence: { start: m.start, end: m.end, quote: m.quote },
    })),
    { id: "new", kind: "mention" as const, entityId: newEntity.id, evidence: span(text, newName) },
    {
      id: "rel",
      kind: "relation" as const,
      from: newEntity.id,
      to: "model:deepseek-r1",
      type: "LICENSES",
      evidence: [{ ...span(text, sentence), ...(lang === "ar" ? { gloss: "will use the R1 model" } : {}) }],
    },
    {
      id: "fig",
      kind: "claim" as const,
      claimKind: "figure" as const,
      statement: "Alibaba plans to invest about 50 billion yuan in China.",
      quantity: figure.quantity,
      measure: "planned-investment",
      statedBy: [],
      about: ["org:alibaba"],
      evidence: [{ start: figure.start, end: figure.end, quote: figure.quote }],
    },
  ];
  const saved = await request(app)
    .put(`/api/workbench/drafts/${draft.id}`)
    .send({ revision: draft.revision, entities: [newEntity], marks, rejected: [] });
  expect(saved.status).toBe(200);
  return { draft: Draft.parse(saved.body), suggestions, newEntity };
}

describe("adding and marking a document", () => {
  it("should refuse a span whose quote is not the text at its offsets, naming the mark", async () => {
    const draft = await add("Offsets check", EN);
    const res = await request(app)
      .put(`/api/workbench/drafts/${draft.id}`)
      .send({
        revision: 1,
        entities: [],
        marks: [
          { id: "m1", kind: "mention", entityId: "org:deepseek", evidence: { start: 1, end: 9, quote: "DeepSeek" } },
        ],
      });
    expect(res.status).toBe(400);
    expect(res.body.issues[0]).toMatchObject({ path: ["marks", 0, "evidence"], location: "body" });
    expect(res.body.issues[0].message).toContain('"eepSeek "');
  });

  it("should refuse a save made on an older revision (another tab) with 409 DRAFT_CONFLICT", async () => {
    const draft = await add("Two tabs", EN);
    const first = await request(app)
      .put(`/api/workbench/drafts/${draft.id}`)
      .send({ revision: 1, entities: [], marks: [] });
    expect(first.body.revision).toBe(2);
    const second = await request(app)
      .put(`/api/workbench/drafts/${draft.id}`)
      .send({ revision: 1, entities: [], marks: [] });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe("DRAFT_CONFLICT");
  });

  it("should keep the pasted text byte-exact and give the draft back after a reload", async () => {
    const text = `${AR}\u200f\r\n🙂 ${AR} DeepSeek`;
    const draft = await add("Byte exact", text);
    const again = Draft.parse((await request(app).get(`/api/workbench/drafts/${draft.id}`)).body);
    expect(Buffer.from(again.text, "utf8").equals(Buffer.from(text, "utf8"))).toBe(true);
    expect(again.direction).toBe("rtl");
    expect(again.source.language).toBe("ar");
  });

  it("should suggest the graph's actors in English and in Arabic, with exact UTF-16 spans", async () => {
    for (const text of [EN, AR]) {
      const draft = await add("Suggestions", text);
      const s = SuggestionsResponse.parse(
        (await request(app).get(`/api/workbench/drafts/${draft.id}/suggestions`)).body,
      );
      const ids = new Set(s.mentions.map((m) => m.entityId));
      for (const id of ["org:deepseek", "org:alibaba", "country:china", "model:deepseek-r1"]) expect(ids).toContain(id);
      for (const m of s.mentions) expect(text.slice(m.start, m.end)).toBe(m.quote);
      expect(s.figures.some((f) => f.quantity?.value === 50_000_000_000 && f.quantity.currency === "CNY")).toBe(true);
      expect(s.relations.some((r) => r.from.entityId === "org:alibaba" && r.to.entityId === "country:china")).toBe(
        true,
      );
    }
  });
});

describe("review and commit", () => {
  it("should review, commit once under an idempotency key, and answer a retry without writing again", async () => {
    const before = await graphChecksum(db);
    const { draft } = await markUp(await add("Harbor licenses R1", EN), EN, "en");
    const review = ReviewResponse.parse((await request(app).post(`/api/workbench/drafts/${draft.id}/review`)).body);
    expect(review.ok).toBe(true);
    expect(review.newNodes.map((n) => n.id)).toEqual(
      expect.arrayContaining([draft.source.id, "org:harbor-quantum-labs-en", `claim:${draft.source.id}-fig`]),
    );
    const licenses = review.newEdges.find((e) => e.type === "LICENSES");
    expect(licenses?.evidence[0]).toMatchObject({
      quote: "Harbor Quantum Labs will license its R1 model",
      addedBy: "Test Researcher",
    });
    expect(await graphChecksum(db)).toEqual(before);

    const key = "commit-en-0001";
    const commit = () =>
      request(app)
        .post(`/api/workbench/drafts/${draft.id}/commit`)
        .set("Idempotency-Key", key)
        .send({ revision: draft.revision });
    const first = await commit();
    expect(first.status).toBe(200);
    const status = CommitStatus.parse(first.body);
    expect(status).toMatchObject({ state: "committed", result: { changed: true } });
    const after = await graphChecksum(db);
    const retry = await commit();
    expect(retry.body).toEqual(first.body);
    expect(await graphChecksum(db)).toEqual(after);
    expect((await request(app).get(`/api/workbench/commits/${key}`)).body).toEqual(first.body);

    const [edge] = await rows(
      "MATCH (:Entity {id: 'org:harbor-quantum-labs-en'})-[r:LICENSES]->(:Entity {id: 'model:deepseek-r1'}) RETURN r.quotes AS quotes, r.addedBy AS by, r.addedAt AS at",
    );
    expect(edge).toMatchObject({ quotes: ["Harbor Quantum Labs will license its R1 model"], by: ["Test Researcher"] });
    // What the figure measures travels from the draft to the claim, where corroboration groups by it.
    expect(
      await rows("MATCH (c:Claim {id: $id}) RETURN c.measure AS measure", { id: `claim:${draft.source.id}-fig` }),
    ).toEqual([{ measure: "planned-investment" }]);
    expect(status.result?.folder).toMatch(new RegExp(`^documents/\\d{8}T\\d{9}Z-${draft.source.id}$`));
    const folder = join(dir, status.result?.folder ?? "?");
    expect(savedFolder(draft.source.id)).toBe(folder);
    expect(readFileSync(join(folder, "source.txt"), "utf8")).toBe(EN);
    expect(JSON.parse(readFileSync(join(folder, "document.json"), "utf8")).source.id).toBe(draft.source.id);
  });

  it("should refuse a key reused for another commit, and a second key for a revision already committed", async () => {
    const { draft } = await markUp(await add("Reuse", `${EN} Reuse.`), `${EN} Reuse.`, "en");
    const url = `/api/workbench/drafts/${draft.id}/commit`;
    const ok = await request(app).post(url).set("Idempotency-Key", "reuse-key-0001").send({ revision: draft.revision });
    expect(ok.status).toBe(200);
    const other = await request(app)
      .post(url)
      .set("Idempotency-Key", "reuse-key-0002")
      .send({ revision: draft.revision });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe("DRAFT_ALREADY_COMMITTED");
    const missing = await request(app).post(url).send({ revision: draft.revision });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ code: "IDEMPOTENCY_KEY_REQUIRED", issues: [{ location: "header" }] });
  });

  it("should let two tabs commit two drafts at once, and one draft twice at once only once", async () => {
    const a = await markUp(await add("Tab A", `${AR} أ`), `${AR} أ`, "ar");
    const b = await markUp(await add("Tab B", `${EN} B.`), `${EN} B.`, "en");
    const commit = (d: Draft, key: string) =>
      request(app)
        .post(`/api/workbench/drafts/${d.id}/commit`)
        .set("Idempotency-Key", key)
        .send({ revision: d.revision });
    const [ra, rb, ra2] = await Promise.all([
      commit(a.draft, "tab-a-000001"),
      commit(b.draft, "tab-b-000001"),
      commit(a.draft, "tab-a-000002"),
    ]);
    expect(ra?.status).toBe(200);
    expect(rb?.status).toBe(200);
    expect(ra2?.status).toBe(409);
    expect(ra2?.body.code).toBe("DRAFT_ALREADY_COMMITTED");
    // The Arabic draft's new entity shares a name with the English one committed before: ingest linked them.
    const [edge] = await rows(
      "MATCH (a)-[r:LICENSES]->() WHERE 'will use the R1 model' IN r.glosses RETURN a.id AS from, [q IN r.quotes WHERE q STARTS WITH 'مختبرات'] AS quotes",
    );
    expect(edge).toEqual({ from: "org:harbor-quantum-labs-en", quotes: ["مختبرات هاربر الكمية ستستخدم نموذج R1"] });
  });

  it("should record a commit stopped by an unreachable Neo4j as failed, and write it once on a retry with its key", async () => {
    const text = `${EN} Outage.`;
    const { draft } = await markUp(await add("Outage", text), text, "en");
    const key = "outage-key-0001";
    const before = await graphChecksum(db);
    const commit = (on: typeof app) =>
      request(on)
        .post(`/api/workbench/drafts/${draft.id}/commit`)
        .set("Idempotency-Key", key)
        .send({ revision: draft.revision });
    const refused = await commit(dead.app);
    expect([refused.status, refused.body.code]).toEqual([503, "NEO4J_UNAVAILABLE"]);
    // The client that got the 503 asks the status: failed, nothing written (not "running" for ever).
    const status = CommitStatus.parse((await request(app).get(`/api/workbench/commits/${key}`)).body);
    expect(status).toMatchObject({ state: "failed", error: { code: "NEO4J_UNAVAILABLE" } });
    expect(await graphChecksum(db)).toEqual(before);
    expect(savedFolder(draft.source.id)).toBeUndefined();
    // The retry with the same key commits once; another retry writes nothing more.
    const retried = await commit(app);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ state: "committed", result: { changed: true } });
    const after = await graphChecksum(db);
    expect((await commit(app)).body).toEqual(retried.body);
    expect(await graphChecksum(db)).toEqual(after);
    const [claim] = await rows("MATCH (c:Claim {id: $id}) RETURN c.quotes AS quotes", {
      id: `claim:${draft.source.id}-fig`,
    });
    expect(claim).toEqual({ quotes: [expect.any(String)] });
  });

  it("should write nothing when a commit fails validation, and say which mark is wrong", async () => {
    const draft = await add("Broken", EN);
    const saved = await request(app)
      .put(`/api/workbench/drafts/${draft.id}`)
      .send({
        revision: 1,
        entities: [],
        marks: [
          {
            id: "r1",
            kind: "relation",
            from: "org:nowhere-at-all",
            to: "org:deepseek",
            type: "OWNS",
            evidence: [span(EN, "DeepSeek")],
          },
        ],
      });
    const before = await graphChecksum(db);
    const res = await request(app)
      .post(`/api/workbench/drafts/${draft.id}/commit`)
      .set("Idempotency-Key", "broken-000001")
      .send({ revision: saved.body.revision });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe("COMMIT_INVALID");
    expect(res.body.issues[0].path[0]).toMatch(/^\$\.marks\[0\]/);
    expect(await graphChecksum(db)).toEqual(before);
    expect(savedFolder(draft.source.id)).toBeUndefined();
    expect((await request(app).get("/api/workbench/commits/broken-000001")).body).toMatchObject({ state: "failed" });
  });
});

describe("retract", () => {
  it("should remove one piece of evidence, the edge it alone supported, and the same from the saved folder", async () => {
    const text = `${EN} Retract one.`;
    const { draft } = await markUp(await add("Retract one", text), text, "en");
    await request(app)
      .post(`/api/workbench/drafts/${draft.id}/commit`)
      .set("Idempotency-Key", "retract-one-01")
      .send({ revision: draft.revision });
    const s = span(text, "Harbor Quantum Labs will license its R1 model");
    const res = await request(app)
      .post("/api/workbench/retract")
      .send({
        what: "evidence",
        sourceId: draft.source.id,
        start: s.start,
        end: s.end,
        on: { kind: "relation", from: "org:harbor-quantum-labs-en", type: "LICENSES", to: "model:deepseek-r1" },
      });
    expect(res.status).toBe(200);
    const out = RetractResponse.parse(res.body);
    expect(out.evidenceRemoved).toBe(1);
    const left = await rows(
      "MATCH (:Entity {id: 'org:harbor-quantum-labs-en'})-[r:LICENSES]->() RETURN r.sourceIds AS sources",
    );
    expect(left).toEqual([{ sources: expect.not.arrayContaining([draft.source.id]) }]);
    const saved = JSON.parse(readFileSync(join(savedFolder(draft.source.id) ?? "?", "document.json"), "utf8"));
    expect(saved.relations).toEqual([]);
    const reloaded = Draft.parse((await request(app).get(`/api/workbench/drafts/${draft.id}`)).body);
    expect(reloaded.marks.some((m) => m.kind === "relation")).toBe(false);
  });

  it("should remove a whole source with the claims only it supported, and its folder", async () => {
    const text = `${EN} Retract all.`;
    const { draft } = await markUp(await add("Retract all", text), text, "en");
    await request(app)
      .post(`/api/workbench/drafts/${draft.id}/commit`)
      .set("Idempotency-Key", "retract-all-01")
      .send({ revision: draft.revision });
    const res = await request(app).post("/api/workbench/retract").send({ what: "source", sourceId: draft.source.id });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ sourceRemoved: true, claimsRemoved: [`claim:${draft.source.id}-fig`] });
    expect(await rows("MATCH (s:Source {id: $id}) RETURN s.id AS id", { id: draft.source.id })).toEqual([]);
    expect(
      await rows("MATCH ()-[r]->() WHERE $id IN r.sourceIds RETURN count(r) AS n", { id: draft.source.id }),
    ).toEqual([{ n: 0 }]);
    expect(savedFolder(draft.source.id)).toBeUndefined();
  });

  it("should refuse to retract the seed's evidence, which lives in seed/documents", async () => {
    const res = await request(app)
      .post("/api/workbench/retract")
      .send({ what: "source", sourceId: "bofa-china-ai-capex" });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe("SOURCE_NOT_WORKBENCH");
  });
});

describe("the saved folders", () => {
  // Last in this file: it runs on what every test above committed and retracted, English and Arabic.
  it("should rebuild the same graph when the seed and every saved folder are ingested into an empty database", async () => {
    // Name order is commit order.
    const folders = readdirSync(join(dir, "documents")).sort();
    expect(folders.length).toBeGreaterThanOrEqual(2);
    const before = await modelChecksum(db);
    const session = db.driver.session({ ...(db.database ? { database: db.database } : {}) });
    try {
      await session.run(cypher("bench/wipe"));
    } finally {
      await session.close();
    }
    expect((await modelChecksum(db)).nodes).toBe(0);
    await prepareGraph(db);
    // What `npm run ingest -- seed/documents $KG_WORKBENCH_DIR/documents` reads, in its order.
    const found = await findManifests([dirname(dirname(SEED_MANIFEST)), join(dir, "documents")]);
    expect(found.issues).toEqual([]);
    expect(found.files.slice(1)).toEqual(folders.map((f) => join(dir, "documents", f, "document.json")));
    await ingestDocuments(db, found.files);
    expect(await modelChecksum(db)).toEqual(before);
  });
});
