import { describe, expect, it } from "vitest";
import { orderDocuments } from "../../server/ingest/orderDocuments";
import type { ValidDocument } from "../../server/ingest/validateDocument";
import { valid } from "../helpers/documents";

const doc = (file: string, defines: string[], refers: string[]): ValidDocument => {
  const base = valid();
  return {
    ...base,
    file,
    manifest: {
      ...base.manifest,
      entities: defines.map((id) => ({ id, type: "Organization", name: id, aliases: [] })),
    },
    foreignReferences: refers.map((id) => ({ id, path: "$" })),
  };
};

describe("orderDocuments", () => {
  it("should keep documents in a reference cycle in input order", () => {
    const a = doc("a", ["org:a"], ["org:b"]);
    const b = doc("b", ["org:b"], ["org:a"]);
    expect(orderDocuments([a, b]).map((d) => d.file)).toEqual(["a", "b"]);
  });

  it("should put a document after the documents defining what it refers to", () => {
    const followup = doc("followup", ["org:x"], ["org:seed"]);
    const seed = doc("seed", ["org:seed"], []);
    const other = doc("other", ["org:y"], []);
    expect(orderDocuments([followup, other, seed]).map((d) => d.file)).toEqual(["other", "seed", "followup"]);
  });
});
