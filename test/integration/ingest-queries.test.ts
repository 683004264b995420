// The query library (cypher/queries/) on the seed, each query through the read-only gate as the Queries tab runs it.

import type { QueryDefinition } from "@domain/queries/queryDefinition";
import { afterAll, describe, expect, it } from "vitest";
import { bindParams, exampleValues } from "../../server/queryLibrary/bindParams";
import { loadQueryLibrary } from "../../server/queryLibrary/queryLibrary";
import { testDb } from "../helpers/db";
import { readOnlyRows } from "../helpers/readOnly";

const db = testDb();
const library = loadQueryLibrary();

afterAll(async () => {
  await db.close();
});

type Row = Record<string, unknown>;
type PlainPath = { start: { properties: Row }; end: { properties: Row }; segments: unknown[] };

async function run(id: string, values?: Record<string, unknown>): Promise<Row[]> {
  const query = library.find((q) => q.id === id) as QueryDefinition;
  const bound = bindParams(query, values ?? exampleValues(query));
  if (!bound.ok) throw new Error(bound.errors.join("; "));
  // Through the read-only gate, as the explorer's Queries tab runs them: the gate must let every one through.
  return readOnlyRows(db, query.cypher, bound.params);
}

describe("the query library", () => {
  it.each(library.map((q) => [q.id, q] as const))(
    "should run %s with its example params and return rows",
    async (id, q) => {
      expect((await run(id)).length, q.title).toBeGreaterThan(0);
      const withoutOptional = Object.fromEntries(q.params.filter((p) => !p.optional).map((p) => [p.name, p.example]));
      expect((await run(id, withoutOptional)).length).toBeGreaterThan(0);
    },
  );

  it("should list who states what, for one actor only when asked", async () => {
    const rows = await run("who-states-what");
    expect(new Set(rows.map((r) => r.statedBy))).toEqual(new Set(["Matty Zhao"]));
    const all = await run("who-states-what", {});
    expect(new Set(all.map((r) => r.statedBy)).size).toBeGreaterThan(3);
  });

  it("should return only claims about the entity asked for, with their quotes", async () => {
    const rows = await run("claims-about-entity", { entityId: "org:deepseek" });
    for (const r of rows) {
      expect((r.about as PlainPath).end.properties.id).toBe("org:deepseek");
      expect((r.quotes as string[]).length).toBeGreaterThan(0);
    }
  });

  it("should rank spending figures from largest to smallest within each currency", async () => {
    const rows = await run("spending-figures-ranked", {});
    expect(rows.map((r) => r.currency)).toEqual([...rows.map((r) => r.currency as string)].sort());
    for (const currency of new Set(rows.map((r) => r.currency))) {
      const amounts = rows.filter((r) => r.currency === currency).map((r) => r.amount as number);
      expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
      expect(rows.filter((r) => r.currency === currency).map((r) => r.rank)).toEqual(amounts.map((_, i) => i + 1));
    }
    expect(rows[0]).toMatchObject({ currency: "CNY", rank: 1, amount: 700000000000 });
  });

  it("should find the paths between DeepSeek and Alibaba, each from one to the other", async () => {
    const rows = await run("paths-between", { fromId: "org:deepseek", toId: "org:alibaba" });
    for (const r of rows) {
      const path = r.p as PlainPath;
      expect([path.start.properties.id, path.end.properties.id]).toEqual(["org:deepseek", "org:alibaba"]);
      expect(r.steps).toBe(rows[0]?.steps);
    }
  });

  it("should return everything sourced to SCMP: its claims and what it reports", async () => {
    const rows = await run("sourced-to", { entityId: "media:scmp" });
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(["claim", "relationship"]));
    for (const r of rows) expect((r.p as PlainPath).start.properties.id).toBe("media:scmp");
  });

  it("should list as single-source only claims with one distinct source", async () => {
    const rows = await run("single-source-claims");
    for (const r of rows) expect(new Set((r.c as { properties: Row }).properties.sourceIds as string[]).size).toBe(1);
  });
});
