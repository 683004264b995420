import { describe, expect, it } from "vitest";
import { createBatcher } from "../../server/repositories/batcher";

/** A batcher whose batches are recorded, answering each request with its double. */
function doubling(maxBatch = 10, fail?: (batch: number[]) => boolean) {
  const batches: number[][] = [];
  const batcher = createBatcher<number, number>({
    run: async (requests) => {
      batches.push(requests);
      if (fail?.(requests)) throw new Error("the batch failed");
      return requests.map((n) => (n < 0 ? undefined : n * 2));
    },
    group: (n) => (n >= 100 ? "big" : "small"),
    maxBatch,
  });
  return { batcher, batches };
}

describe("createBatcher", () => {
  it("should reject every request of a failed batch, and only those", async () => {
    const { batcher } = doubling(10, (batch) => batch.includes(3));
    const results = await Promise.allSettled([batcher.load(1), batcher.load(3), batcher.load(100)]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected", "fulfilled"]);
  });

  it("should answer undefined for a request the batch has no answer for", async () => {
    const { batcher } = doubling();
    await expect(Promise.all([batcher.load(-1), batcher.load(4)])).resolves.toEqual([undefined, 8]);
  });

  it("should send requests made in the same turn as one batch per group, each getting its own answer", async () => {
    const { batcher, batches } = doubling();
    await expect(Promise.all([batcher.load(1), batcher.load(100), batcher.load(2)])).resolves.toEqual([2, 200, 4]);
    expect(batches).toEqual([[1, 2], [100]]);
  });

  it("should send a full batch at once and start a new one", async () => {
    const { batcher, batches } = doubling(2);
    await Promise.all([1, 2, 3].map((n) => batcher.load(n)));
    expect(batches).toEqual([[1, 2], [3]]);
  });

  it("should send a lone request on its own, without waiting for company", async () => {
    const { batcher, batches } = doubling();
    await expect(batcher.load(5)).resolves.toBe(10);
    await expect(batcher.load(6)).resolves.toBe(12);
    expect(batches).toEqual([[5], [6]]);
  });
});
