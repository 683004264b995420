import { afterAll, describe, expect, it } from "vitest";
import { ingestDocuments } from "../../server/ingest/ingestDocuments";
import { ingestSeed } from "../../server/ingest/seed";
import { graphChecksum } from "../helpers/checksum";
import { testDb } from "../helpers/db";
import { FOLLOWUP_MANIFEST, SEED_MANIFEST } from "../helpers/ingestFixtures";
import { restoreGraph, snapshotGraph } from "../helpers/snapshot";

const db = testDb();

afterAll(async () => {
  await db.close();
});

describe("re-ingesting", () => {
  it("should leave node, relationship and property counts and the checksum unchanged for the seed", async () => {
    const before = await graphChecksum(db);
    const reports = await ingestSeed(db);
    expect(reports.map((r) => r.changed)).toEqual([false]);
    expect(reports[0]?.counts).toEqual({ nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, labelsAdded: 0 });
    expect(await graphChecksum(db)).toEqual(before);
  });

  it("should change nothing the second time a new document is ingested", async () => {
    const snapshot = await snapshotGraph(db);
    const original = await graphChecksum(db);
    try {
      const first = await ingestDocuments(db, [FOLLOWUP_MANIFEST]);
      expect(first[0]?.changed).toBe(true);
      const once = await graphChecksum(db);
      const again = await ingestDocuments(db, [SEED_MANIFEST, FOLLOWUP_MANIFEST]);
      expect(again.map((r) => r.changed)).toEqual([false, false]);
      expect(await graphChecksum(db)).toEqual(once);
    } finally {
      await restoreGraph(db, snapshot);
    }
    expect(await graphChecksum(db)).toEqual(original);
  });
});
