import type { Draft, DraftMark } from "@domain/contracts/workbench";
import { describe, expect, it } from "vitest";
import type { DraftEdit } from "./types";
import {
  canRedo,
  canUndo,
  commitDone,
  draftOpened,
  draftSaved,
  getEmptyWorkbenchState,
  MAX_STEPS,
  redone,
  reviewCurrent,
  reviewLoaded,
  saveFailed,
  selectionChanged,
  stepTaken,
  undone,
  unsaved,
} from "./utils";

const mark = (id: string, start = 0): DraftMark => ({
  id,
  kind: "mention",
  entityId: "org:deepseek",
  evidence: { start, end: start + 8, quote: "DeepSeek" },
});

const draft = (revision: number, marks: DraftMark[] = []): Draft => ({
  id: "d-0123456789abcdef",
  revision,
  createdAt: "2026-11-30T10:00:00.000Z",
  updatedAt: "2026-11-30T10:00:00.000Z",
  source: { id: "src-1", title: "T", language: "en" },
  text: "DeepSeek DeepSeek",
  direction: "ltr",
  extractedAs: "paste",
  entities: [{ id: "org:harbor", type: "Organization", name: "Harbor", aliases: [] }],
  marks,
  rejected: [],
});

const add = (m: DraftMark) => (e: DraftEdit) => ({ ...e, marks: [...e.marks, m] });
const opened = () => draftOpened(draft(1))(getEmptyWorkbenchState());

describe("opening a draft", () => {
  it("should take the server's draft as both the edit and what is saved, with the new entities' names", () => {
    const state = opened();
    expect(state.edit?.marks).toEqual([]);
    expect(unsaved(state)).toBe(false);
    expect(state.names["org:harbor"]).toEqual({ name: "Harbor", nameAr: undefined, type: "Organization" });
    expect(canUndo(state)).toBeNull();
  });
});

describe("undoable steps", () => {
  it("should do nothing without a draft, or for a step that changes nothing", () => {
    const empty = getEmptyWorkbenchState();
    expect(stepTaken("x", add(mark("m1")))(empty)).toBe(empty);
    const state = opened();
    expect(stepTaken("nothing", (e) => e)(state)).toBe(state);
  });

  it("should undo and redo every step in order, and drop the redo steps on a new step", () => {
    let state = opened();
    state = stepTaken("Accept DeepSeek", add(mark("m1")))(state);
    state = stepTaken("Accept DeepSeek again", add(mark("m2", 9)))(state);
    expect(unsaved(state)).toBe(true);
    expect(canUndo(state)).toBe("Accept DeepSeek again");
    state = undone()(state);
    expect(state.edit?.marks.map((m) => m.id)).toEqual(["m1"]);
    expect(canRedo(state)).toBe("Accept DeepSeek again");
    state = undone()(state);
    expect(state.edit?.marks).toEqual([]);
    expect(undone()(state)).toBe(state);
    state = redone()(state);
    expect(state.edit?.marks.map((m) => m.id)).toEqual(["m1"]);
    state = stepTaken("Reject", (e) => ({ ...e, rejected: ["x"] }))(state);
    expect(canRedo(state)).toBeNull();
    expect(redone()(state)).toBe(state);
  });

  it("should keep at most MAX_STEPS steps", () => {
    let state = opened();
    for (let i = 0; i < MAX_STEPS + 5; i++) state = stepTaken(`s${i}`, add(mark(`m${i}`)))(state);
    expect(state.past).toHaveLength(MAX_STEPS);
    expect(state.past[0]?.label).toBe("s5");
  });
});

describe("saving", () => {
  it("should keep the revision and authorship the server answered, and stay unsaved while the edit moved on", () => {
    let state = stepTaken("one", add(mark("m1")))(opened());
    const sent = state.edit as DraftEdit;
    state = stepTaken("two", add(mark("m2", 9)))(state);
    const stamped = {
      ...mark("m1"),
      evidence: { ...mark("m1").evidence, addedBy: "Lina", addedAt: "2026-11-30T10:00:00.000Z" },
    } as DraftMark;
    state = draftSaved(draft(2, [stamped]), sent)(state);
    expect(state.draft?.revision).toBe(2);
    expect(state.stamps["m1:0:8"]).toEqual({ addedBy: "Lina", addedAt: "2026-11-30T10:00:00.000Z" });
    expect(unsaved(state)).toBe(true);
    expect(state.save.status).toBe("saving");
    state = draftSaved(draft(3, [stamped, mark("m2", 9)]), state.edit as DraftEdit)(state);
    expect(unsaved(state)).toBe(false);
    expect(state.save.status).toBe("saved");
  });

  it("should ignore an answer for another draft, and tell a conflict from a failure", () => {
    const state = opened();
    expect(draftSaved({ ...draft(5), id: "d-ffffffffffffffff" }, state.edit as DraftEdit)(state)).toBe(state);
    expect(saveFailed("changed", true)(state).save.status).toBe("conflict");
    expect(saveFailed("down", false)(state).save.status).toBe("failed");
  });
});

describe("review and commit", () => {
  it("should let a commit go ahead only on a review of the revision saved now", () => {
    const review = {
      draftId: "d-0123456789abcdef",
      revision: 1,
      sourceId: "src-1",
      ok: true,
      issues: [],
      newNodes: [],
      newEdges: [],
      evidenceAdded: [],
      links: [],
    };
    let state = opened();
    expect(reviewCurrent(state)).toBe(false);
    state = reviewLoaded(review)(state);
    expect(reviewCurrent(state)).toBe(true);
    const moved = stepTaken("one", add(mark("m1")))(state);
    expect(reviewCurrent(moved)).toBe(false);
    expect(reviewCurrent(draftSaved(draft(2, [mark("m1")]), moved.edit as DraftEdit)(moved))).toBe(false);
  });

  it("should drop the undo steps once committed and show what the graph holds", () => {
    const state = stepTaken("one", add(mark("m1")))(opened());
    const done = commitDone({
      key: "k-00000001",
      draftId: "d-0123456789abcdef",
      revision: 2,
      sourceId: "src-1",
      state: "committed",
      startedAt: "2026-11-30T10:00:00.000Z",
    })(state);
    expect(done.past).toEqual([]);
    expect(done.commit.phase).toBe("committed");
    expect(done.tab).toBe("graph");
  });
});

describe("the selection", () => {
  it("should keep the same state for the same span, so the reader does not redraw", () => {
    const state = selectionChanged({ start: 0, end: 8, quote: "DeepSeek" })(opened());
    expect(selectionChanged({ start: 0, end: 8, quote: "DeepSeek" })(state)).toBe(state);
    expect(selectionChanged(null)(state).selection).toBeNull();
  });
});
