import { afterAll, describe, expect, it } from "vitest";
import { IngestError } from "../../server/ingest/IngestError";
import { ingestDocuments } from "../../server/ingest/ingestDocuments";
import { planWrites } from "../../server/ingest/planWrites";
import { writeDocument } from "../../server/ingest/writeDocument";
import { graphChecksum } from "../helpers/checksum";
import { testDb, testNamespace } from "../helpers/db";
import { at, manifest, valid } from "../helpers/documents";
import { BROKEN_MANIFEST, FOLLOWUP_MANIFEST, UNKNOWN_EXTERNAL_MANIFEST } from "../helpers/ingestFixtures";

const db = testDb();
const ns = testNamespace();

afterAll(async () => {
  await db.write("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix: ns });
  await db.close();
});

const rejection = async (files: string[]): Promise<IngestError> => {
  const error = await ingestDocuments(db, files).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
};

describe("a broken document", () => {
  it("should be refused with the file, the JSON path and the closest passage, leaving the graph untouched", async () => {
    const before = await graphChecksum(db);
    const error = await rejection([BROKEN_MANIFEST]);
    expect(error.code).toBe("INGEST_INVALID");
    expect(error.issues).toHaveLength(1);
    const [issue] = error.issues;
    expect(issue?.file).toMatch(/test\/fixtures\/documents\/broken-quote\/document\.json$/);
    expect(issue?.path).toBe("$.relations[0].evidence[0].quote");
    expect(issue?.reason).toContain('closest passage is at [17, 46) (1 edit away): "طور مختبر الاختبار نموذج نجمة"');
    expect(await graphChecksum(db)).toEqual(before);
  });

  it("should stop a valid document of the same run from being written too", async () => {
    const before = await graphChecksum(db);
    const error = await rejection([FOLLOWUP_MANIFEST, BROKEN_MANIFEST]);
    expect(error.issues.map((i) => i.path)).toEqual(["$.relations[0].evidence[0].quote"]);
    expect(await graphChecksum(db)).toEqual(before);
  });
});

describe("a document that refers to an entity the graph does not have", () => {
  it("should be refused, naming the reference, leaving the graph untouched", async () => {
    const before = await graphChecksum(db);
    const error = await rejection([UNKNOWN_EXTERNAL_MANIFEST]);
    expect(error.issues.map((i) => [i.path, i.reason])).toEqual([
      [
        "$.externalEntityIds[1]",
        'refers to entity "org:nowhere-labs", which is neither defined in this document nor in the graph',
      ],
    ]);
    expect(await graphChecksum(db)).toEqual(before);
  });
});

describe("a write that fails half-way", () => {
  it("should roll back everything the document's transaction had written", async () => {
    const before = await graphChecksum(db);
    const doc = valid(
      manifest((m) => {
        (m.source as { id: string }).id = `${ns}:doc`;
        const ids = (x: string) => `${ns}:${x.replace(":", "-")}`;
        for (const e of m.entities as Array<{ id: string }>) e.id = ids(e.id);
        for (const c of m.claims as Array<{
          id: string;
          statedBy?: string[];
          about: string[];
          evidence: Array<{ sourceId: string }>;
        }>) {
          c.id = ids(c.id);
          c.statedBy = (c.statedBy ?? []).map(ids);
          c.about = c.about.map(ids);
          for (const e of c.evidence) e.sourceId = `${ns}:doc`;
        }
        for (const r of m.relations as Array<{ from: string; to: string; evidence: Array<{ sourceId: string }> }>) {
          r.from = ids(r.from);
          r.to = ids(r.to);
          for (const e of r.evidence) e.sourceId = `${ns}:doc`;
        }
      }),
    );
    const plan = planWrites(doc);
    // Past validation, a relation to an entity nobody wrote: the source, entities and claims before it must vanish.
    const broken = { ...plan, relations: [...plan.relations, { ...at(plan.relations, 0), to: `${ns}:nowhere` }] };
    await expect(writeDocument(db, broken)).rejects.toMatchObject({ code: "INGEST_INVALID" });
    expect(await graphChecksum(db)).toEqual(before);
    const written = await writeDocument(db, plan);
    expect(written.changed).toBe(true);
  });
});
