import { describe, expect, it } from "vitest";
import { canRedo, canUndo, getEmptyHistoryState, HISTORY_LIMIT, recorded, redoStep, undoStep } from "./utils";

describe("history", () => {
  it("should have nothing to undo or redo at first", () => {
    const empty = getEmptyHistoryState<string>();
    expect(undoStep(empty, "now")).toBeNull();
    expect(redoStep(empty, "now")).toBeNull();
    expect(canUndo(empty)).toBeUndefined();
  });

  it("should undo to the snapshot taken before a change, and redo it", () => {
    const history = recorded("Expand China", "before")(getEmptyHistoryState<string>());
    const undo = undoStep(history, "after");
    expect(undo).toMatchObject({ restore: "before", label: "Expand China" });
    expect(canRedo(undo?.history ?? history)?.label).toBe("Expand China");
    const redo = redoStep(undo?.history ?? history, "before");
    expect(redo?.restore).toBe("after");
    expect(redo?.history.future).toEqual([]);
  });

  it("should forget what was undone once a new change is recorded", () => {
    const undone = undoStep(recorded("a", 1)(getEmptyHistoryState<number>()), 2)?.history;
    expect(undone?.future.length).toBe(1);
    const next = recorded("b", 1)(undone ?? getEmptyHistoryState<number>());
    expect(next.future).toEqual([]);
  });

  it("should keep at most HISTORY_LIMIT steps", () => {
    let history = getEmptyHistoryState<number>();
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) history = recorded(`step ${i}`, i)(history);
    expect(history.past.length).toBe(HISTORY_LIMIT);
    expect(history.past[0]?.snapshot).toBe(5);
  });
});
