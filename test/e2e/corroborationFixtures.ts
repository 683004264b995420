// e2e helpers for the Claims view: the corroboration fixtures ingested into the e2e database around a test file, and
// the claim groups polled until the server's corroboration view has seen them.
import { ClaimGroupsResponse } from "@domain/contracts/corroboration";
import { afterAll, beforeAll, expect, inject } from "vitest";
import { ingestDocuments } from "../../server/ingest/ingestDocuments";
import { createDb, type Db } from "../../server/neo4j/driver";
import { assertTestDatabase } from "../../server/neo4j/testDatabase";
import { type GraphChecksum, graphChecksum } from "../helpers/checksum";
import { DERIVED_MANIFEST, DERIVED_SOURCE_ID, WIRE_MANIFEST, WIRE_SOURCE_ID } from "../helpers/ingestFixtures";
import { type GraphSnapshot, restoreGraph, snapshotGraph } from "../helpers/snapshot";
import { type Browser, openBrowser } from "./browser";

/**
 * Registers the file's hooks: before its tests, ingests the wire report and the derived newsletter into the e2e
 * setup's Neo4j (which must carry the test marker and must not hold them yet) and opens a browser; after them, closes
 * the browser and restores the graph, checked by its checksum. Returns the browser once `beforeAll` has run.
 */
export function useCorroborationFixtures(): () => Browser {
  let db: Db | undefined;
  let before: GraphChecksum;
  let snapshot: GraphSnapshot;
  let browser: Browser | undefined;

  beforeAll(async () => {
    // The e2e setup's Neo4j (this run's own server), which must carry the test marker.
    db = createDb(inject("neo4j"));
    await assertTestDatabase(db);
    const existing = await db.read("MATCH (s:Source) WHERE s.id IN $ids RETURN count(s) AS n", {
      ids: [WIRE_SOURCE_ID, DERIVED_SOURCE_ID],
    });
    expect(existing.records[0]?.get("n").toNumber(), "fixture sources already in the graph").toBe(0);
    before = await graphChecksum(db);
    snapshot = await snapshotGraph(db);
    await ingestDocuments(db, [WIRE_MANIFEST, DERIVED_MANIFEST]);
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (db) {
      await restoreGraph(db, snapshot);
      expect(await graphChecksum(db)).toEqual(before);
      await db.close();
    }
  });

  return () => {
    if (!browser) throw new Error("the corroboration fixtures' beforeAll has not run");
    return browser;
  };
}

/**
 * `GET /api/claim-groups?status=<status>` asked every 500 ms until `ready` holds or 30 s have passed (then the last
 * answer): the server's corroboration view refreshes in the background after its 2 s time to live.
 */
export async function claimGroupsWhen(
  appUrl: string,
  status: string,
  ready: (answer: ClaimGroupsResponse) => boolean,
): Promise<ClaimGroupsResponse> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = await fetch(new URL(`api/claim-groups?status=${status}`, appUrl));
    const answer = ClaimGroupsResponse.parse(await res.json());
    if (ready(answer) || Date.now() > deadline) return answer;
    await new Promise((done) => setTimeout(done, 500));
  }
}
