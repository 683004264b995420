import { describe, expect, it } from "vitest";
import { hashWithoutToken, tokenFromHash } from "./token";

describe("the API token in the URL fragment", () => {
  it("should find no token in an empty, unrelated or blank fragment", () => {
    expect(tokenFromHash("")).toBeUndefined();
    expect(tokenFromHash("#view=graph")).toBeUndefined();
    expect(tokenFromHash("#token=")).toBeUndefined();
  });

  it("should read the token alone or among other fragment values", () => {
    expect(tokenFromHash("#token=s3cret-token-0123456789")).toBe("s3cret-token-0123456789");
    expect(tokenFromHash("#view=graph&token=abc%2Bdef")).toBe("abc+def");
  });

  it("should drop only the token from the fragment", () => {
    expect(hashWithoutToken("#token=abc")).toBe("");
    expect(hashWithoutToken("#view=graph&token=abc")).toBe("#view=graph");
  });
});
