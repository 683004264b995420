// The mention dictionary against the real Neo4j: a large one answers from its previous names while it is rebuilt.
import { afterAll, describe, expect, it } from "vitest";
import { createNameDictionary } from "../../server/workbench/suggest/nameDictionary";
import { deleteNamespace, testDb, testNamespace } from "../helpers/db";

const db = testDb();
const ns = testNamespace();

afterAll(async () => {
  await deleteNamespace(db, ns);
  await db.close();
});

describe("the mention dictionary", () => {
  it("should answer from its previous names while a rebuild runs, say so, and use the new names once built", async () => {
    // As if the graph were large: no look-up waits for a rebuild.
    const dictionary = createNameDictionary(db, { waitBelowEntities: 0 });
    try {
      const text = "DeepSeek and Zephyr Quanta Labs signed a deal.";
      const first = await dictionary.find(text);
      expect(first.info.stale).toBe(false);
      expect(first.hits.map((h) => h.entityId)).toEqual(["org:deepseek"]);

      await db.write(
        "CREATE (:Entity:Organization {id: $id, type: 'Organization', name: 'Zephyr Quanta Labs', aliases: [], searchKeys: ['zephyrquantalabs']})",
        { id: `${ns}:org:zephyr` },
      );
      dictionary.invalidate();
      const during = await dictionary.find(text);
      expect(during.info.stale).toBe(true);
      expect(during.hits.map((h) => h.entityId)).toEqual(["org:deepseek"]);

      let after = during;
      for (let i = 0; i < 600 && after.info.stale; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        after = await dictionary.find(text);
      }
      expect(after.info.stale).toBe(false);
      expect(after.hits.map((h) => h.entityId)).toEqual(["org:deepseek", `${ns}:org:zephyr`]);
    } finally {
      await dictionary.close();
    }
  }, 180_000);

  it("should wait for the rebuild of a small dictionary, so a name committed a moment ago is found at once", async () => {
    const dictionary = createNameDictionary(db);
    try {
      const text = "Yonder Arc Systems hired staff.";
      expect((await dictionary.find(text)).hits).toEqual([]);
      await db.write(
        "CREATE (:Entity:Organization {id: $id, type: 'Organization', name: 'Yonder Arc Systems', aliases: [], searchKeys: ['yonderarcsystems']})",
        { id: `${ns}:org:yonder` },
      );
      dictionary.invalidate();
      const next = await dictionary.find(text);
      expect(next.info.stale).toBe(false);
      expect(next.hits.map((h) => h.entityId)).toEqual([`${ns}:org:yonder`]);
    } finally {
      await dictionary.close();
    }
  }, 180_000);
});
