import { describe, expect, it } from "vitest";
import { triangle } from "../testing/fixtures";
import { circularLayout, getEmptyLayoutState, markSaved, parseSavedLayout, serializeLayout, setRunning } from "./utils";

describe("layout", () => {
  it("should ignore a saved layout that is missing, malformed or of another version", () => {
    expect(parseSavedLayout(null)).toBeNull();
    expect(parseSavedLayout("{not json")).toBeNull();
    expect(parseSavedLayout(JSON.stringify({ version: 2, savedAt: "x", positions: {} }))).toBeNull();
    expect(
      parseSavedLayout(JSON.stringify({ version: 1, savedAt: "x", positions: { a: { x: "1", y: 2 } } })),
    ).toBeNull();
    expect(
      parseSavedLayout(JSON.stringify({ version: 1, savedAt: "x", positions: { a: { x: null, y: 2 } } })),
    ).toBeNull();
  });

  it("should read back what it saved", () => {
    const raw = serializeLayout({ a: { x: 1.5, y: -2 } }, new Date("2026-01-02T03:04:05Z"));
    expect(parseSavedLayout(raw)).toEqual({
      version: 1,
      savedAt: "2026-01-02T03:04:05.000Z",
      positions: { a: { x: 1.5, y: -2 } },
    });
  });

  it("should track whether FA2 runs and when the layout was saved", () => {
    const state = markSaved("2026-01-01T00:00:00.000Z")(setRunning(true)(getEmptyLayoutState()));
    expect(state).toEqual({ running: true, savedAt: "2026-01-01T00:00:00.000Z" });
  });

  it("should give every node a finite position in the circular layout", () => {
    expect(Object.values(circularLayout(triangle())).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(
      true,
    );
  });
});
