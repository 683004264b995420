import { describe, expect, it } from "vitest";
import { parsePendingCommit, parsePlace } from "./storage";

describe("what the workbench keeps in the browser", () => {
  it("should read nothing, bad JSON or a wrong shape as closed with no draft and no pending commit", () => {
    for (const raw of [null, "", "{", "[]", '{"open":"yes"}', '{"open":true,"draftId":"../etc"}']) {
      expect(parsePlace(raw)).toEqual({ open: false, draftId: null });
      expect(parsePendingCommit(raw)).toBeNull();
    }
    expect(parsePendingCommit('{"draftId":"d-0123456789abcdef","revision":2,"key":"short"}')).toBeNull();
  });

  it("should read back the open draft and an unconfirmed commit's key", () => {
    expect(parsePlace('{"open":true,"draftId":"d-0123456789abcdef"}')).toEqual({
      open: true,
      draftId: "d-0123456789abcdef",
    });
    const pending = { draftId: "d-0123456789abcdef", revision: 3, key: "0b6c9c8e-7d7e-4d1c-9f0e-2b8f3f1f2a11" };
    expect(parsePendingCommit(JSON.stringify(pending))).toEqual(pending);
  });
});
