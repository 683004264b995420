import { describe, expect, it } from "vitest";
import { coalesceChunks } from "../../server/http/coalesceChunks";

describe("coalesceChunks", () => {
  it("should pass binary chunks through unchanged, after the text before them", () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect([...coalesceChunks(["a", "b", bytes, "c"], 10)]).toEqual(["ab", bytes, "c"]);
  });

  it("should yield the same text in pieces of at least the given size", () => {
    const chunks = Array.from({ length: 100 }, (_, i) => `<e id="${i}"/>`);
    const out = [...coalesceChunks(chunks, 200)];
    expect(out.join("")).toBe(chunks.join(""));
    expect(out.length).toBeLessThan(15);
    for (const piece of out.slice(0, -1)) expect((piece as string).length).toBeGreaterThanOrEqual(200);
  });
});
