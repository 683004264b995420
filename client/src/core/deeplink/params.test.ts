import { describe, expect, it } from "vitest";
import { encodeLink, startsWithOverview } from "./codec";
import { hashHasQueries } from "./params";
import { getEmptyLinkState } from "./types";

describe("link queries at boot", () => {
  it("should see no queries in an empty hash, a token or a link without steps", () => {
    expect(hashHasQueries("")).toBe(false);
    expect(hashHasQueries("#token=abc")).toBe(false);
    expect(hashHasQueries(`#${encodeLink({ ...getEmptyLinkState(), language: "ar" })}`)).toBe(false);
  });

  it("should see the queries of a link that has steps", () => {
    const steps = [{ query: "MATCH (n) RETURN n", params: {}, mode: "replace" as const }];
    expect(hashHasQueries(`#${encodeLink({ ...getEmptyLinkState(), steps })}`)).toBe(true);
  });

  it("should start from the overview without steps or when the first step adds to it", () => {
    expect(startsWithOverview(null)).toBe(true);
    expect(startsWithOverview({ steps: [] })).toBe(true);
    expect(startsWithOverview({ steps: [{ query: "q", params: {}, mode: "add" }] })).toBe(true);
    expect(startsWithOverview({ steps: [{ query: "q", params: {}, mode: "replace" }] })).toBe(false);
  });
});
