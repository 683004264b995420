import { describe, expect, it } from "vitest";
import { planWrites } from "../../server/ingest/planWrites";
import { addToKeyIndex, indexByKey, resolveAliases } from "../../server/ingest/resolveAliases";
import { valid } from "../helpers/documents";

describe("indexByKey", () => {
  it("should replace an entity already indexed under a key rather than list it twice", () => {
    const byKey = indexByKey([{ id: "org:a", type: "Organization", searchKeys: ["acme"] }]);
    addToKeyIndex(byKey, { id: "org:a", type: "Organization", searchKeys: ["acme", "acmecorp"] });
    expect(byKey.get("acme")).toHaveLength(1);
    expect(byKey.get("acmecorp")?.[0]?.id).toBe("org:a");
  });

  it("should give resolveAliases the same answer as scanning every known entity", () => {
    const doc = valid();
    const entity = doc.manifest.entities[0];
    if (!entity) throw new Error("fixture has no entity");
    const twin = { id: "org:existing-twin", type: entity.type, searchKeys: resolveKeys(doc) };
    const known = new Map([[twin.id, twin]]);
    expect(resolveAliases(doc, known, indexByKey(known.values()))).toEqual(resolveAliases(doc, known));
  });
});

function resolveKeys(doc: ReturnType<typeof valid>): string[] {
  const e = doc.manifest.entities[0];
  return e ? [e.name.toLowerCase().replace(/[^a-z0-9]/g, "")] : [];
}

describe("planWrites with what existed before", () => {
  it("should mark a relation new when one of its ends did not exist before the document", () => {
    const doc = valid();
    const [first] = doc.relations;
    if (!first) throw new Error("fixture has no relation");
    const plan = planWrites(doc, (id) => id !== first.to);
    expect(plan.relations.find((r) => r.from === first.from && r.to === first.to)?.isNew).toBe(true);
  });

  it("should merge every relation when nothing says what existed", () => {
    expect(planWrites(valid()).relations.every((r) => r.isNew === false)).toBe(true);
  });
});
