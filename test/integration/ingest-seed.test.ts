import { readFileSync } from "node:fs";
import { DocumentManifest } from "@domain/model/document";
import { afterAll, describe, expect, it } from "vitest";
import { toPlain } from "../../server/neo4j/values";
import { testDb } from "../helpers/db";
import { SEED_MANIFEST, SEED_SOURCE_ID, SEED_TEXT } from "../helpers/ingestFixtures";

const db = testDb();
const manifest = DocumentManifest.parse(JSON.parse(readFileSync(SEED_MANIFEST, "utf8")));
const bytes = (s: string) => Buffer.from(s, "utf8");

afterAll(async () => {
  await db.close();
});

const one = async (query: string, params: Record<string, unknown> = {}) => {
  const result = await db.read(query, params);
  return toPlain(result.records[0]?.toObject()) as Record<string, unknown>;
};

describe("the seed article in Neo4j", () => {
  it("should have no relationship without a quote", async () => {
    expect(await one("MATCH ()-[r]->() WHERE r.quotes IS NULL OR size(r.quotes) = 0 RETURN count(r) AS n")).toEqual({
      n: 0,
    });
  });

  it("should keep the eight evidence lists the same length on every relationship and claim", async () => {
    const row = await one(`
      CALL () { MATCH ()-[r]->() RETURN r AS x UNION ALL MATCH (c:Claim) RETURN c AS x }
      WITH x, [size(x.sourceIds), size(x.quotes), size(x.starts), size(x.ends), size(x.glosses), size(x.evidenceKeys),
        size(x.addedBy), size(x.addedAt)] AS sizes
      RETURN count(x) AS checked, count(CASE WHEN all(s IN sizes WHERE s = sizes[0]) THEN 1 END) AS consistent`);
    expect(row.checked).toBeGreaterThan(0);
    expect(row.consistent).toBe(row.checked);
  });

  it("should store every quote as substring(text, start, end - start) of its source, with integer offsets", async () => {
    const row = await one(`
      CALL () { MATCH ()-[r]->() RETURN r AS x UNION ALL MATCH (c:Claim) RETURN c AS x }
      UNWIND range(0, size(x.quotes) - 1) AS i
      MATCH (s:Source {id: x.sourceIds[i]})
      RETURN count(*) AS quotes,
        count(CASE WHEN substring(s.text, x.starts[i], x.ends[i] - x.starts[i]) = x.quotes[i] THEN 1 END) AS exact,
        count(CASE WHEN valueType(x.starts[i]) STARTS WITH 'INTEGER' AND valueType(x.ends[i]) STARTS WITH 'INTEGER' THEN 1 END) AS integers`);
    expect(row.quotes).toBeGreaterThan(100);
    expect(row.exact).toBe(row.quotes);
    expect(row.integers).toBe(row.quotes);
  });

  it("should give back the Arabic source text byte-exact", async () => {
    const row = await one("MATCH (s:Source {id: $id}) RETURN s.text AS text", { id: SEED_SOURCE_ID });
    expect(bytes(row.text as string).equals(readFileSync(SEED_TEXT))).toBe(true);
  });

  it("should give back every annotated quote byte-exact", async () => {
    const annotated = [...manifest.claims, ...manifest.relations].flatMap((x) => x.evidence.map((e) => e.quote));
    const row = await one(`
      CALL () { MATCH ()-[r]->() RETURN r.quotes AS q UNION ALL MATCH (c:Claim) RETURN c.quotes AS q }
      UNWIND q AS quote RETURN collect(DISTINCT quote) AS quotes`);
    const stored = new Set((row.quotes as string[]).map((q) => bytes(q).toString("hex")));
    for (const quote of annotated) expect(stored.has(bytes(quote).toString("hex")), quote).toBe(true);
  });

  it("should hold every entity once, under :Entity and its type label, with the seed among its sources", async () => {
    const result = await db.read(
      "MATCH (n:Entity) WHERE $id IN n.sourceIds RETURN n.id AS id, labels(n) AS labels, n.type AS type",
      { id: SEED_SOURCE_ID },
    );
    const rows = result.records.map((r) => r.toObject() as { id: string; labels: string[]; type: string });
    expect(rows.map((r) => r.id).sort()).toEqual(manifest.entities.map((e) => e.id).sort());
    for (const r of rows) expect(r.labels.sort()).toEqual(["Entity", r.type].sort());
  });

  it("should hold every claim and annotated relation, each relation of its own type", async () => {
    const claims = await one("MATCH (c:Claim) WHERE $id IN c.sourceIds RETURN count(c) AS n", { id: SEED_SOURCE_ID });
    expect(claims.n).toBe(manifest.claims.length);
    for (const r of manifest.relations) {
      const row = await one(
        "MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type RETURN count(r) AS n, r.quotes AS quotes",
        { from: r.from, to: r.to, type: r.type },
      );
      expect(row.n, `${r.from} ${r.type} ${r.to}`).toBe(1);
      for (const e of r.evidence) expect(row.quotes).toContain(e.quote);
    }
  });

  it("should index entity names for search, Arabic included", async () => {
    const result = await db.read(
      "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.id AS id LIMIT 3",
      { q: "تنسنت" },
    );
    expect(result.records.map((r) => r.get("id"))).toContain("org:tencent");
  });
});
