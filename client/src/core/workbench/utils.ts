// Pure updates of the workbench's state, `(args) => (state) => newState`: drafts opened and saved, undoable steps,
// suggestions, the selection and editor, review and commit.
import type { SourceDetails } from "@domain/contracts/api";
import type {
  CommitStatus,
  Draft,
  ReviewResponse,
  SuggestionsResponse,
  Vocabulary,
  WorkbenchInfo,
} from "@domain/contracts/workbench";
import { namesFromSuggestions, stampsOf } from "./marks";
import type {
  CommitState,
  DraftEdit,
  DraftSummary,
  EditorTarget,
  EntityName,
  Issue,
  Loadable,
  Span,
  WorkbenchState,
  WorkbenchTab,
} from "./types";

/** Undo keeps this many steps. */
export const MAX_STEPS = 200;

const idle = <T>(): Loadable<T> => ({ status: "idle", data: null, error: null });

export const getEmptyCommitState = (): CommitState => ({
  phase: "idle",
  key: null,
  revision: null,
  attempts: 0,
  status: null,
  error: null,
  issues: [],
});

export function getEmptyWorkbenchState(): WorkbenchState {
  return {
    open: false,
    info: null,
    drafts: idle(),
    loading: { status: "idle", error: null, issues: [] },
    draft: null,
    edit: null,
    saved: null,
    past: [],
    future: [],
    stamps: {},
    save: { status: "saved", error: null },
    names: {},
    suggestions: idle(),
    vocabulary: null,
    selection: null,
    editor: null,
    focusMark: null,
    review: idle(),
    commit: getEmptyCommitState(),
    inGraph: idle(),
    tab: "suggestions",
  };
}

/** The editable part of a draft. */
export const editOf = (draft: Draft): DraftEdit => ({
  source: draft.source,
  entities: draft.entities,
  marks: draft.marks,
  rejected: draft.rejected,
});

const draftNames = (draft: Draft): Record<string, EntityName> =>
  Object.fromEntries(draft.entities.map((e) => [e.id, { name: e.name, nameAr: e.nameAr, type: e.type }]));

export const workbenchOpened =
  (open: boolean) =>
  (state: WorkbenchState): WorkbenchState =>
    state.open === open ? state : { ...state, open };

export const infoLoaded =
  (info: WorkbenchInfo) =>
  (state: WorkbenchState): WorkbenchState => ({ ...state, info });

export const draftsLoading = () => (state: WorkbenchState) => ({
  ...state,
  drafts: { ...state.drafts, status: "loading" as const, error: null },
});

export const draftsLoaded =
  (drafts: DraftSummary[]) =>
  (state: WorkbenchState): WorkbenchState => ({ ...state, drafts: { status: "ready", data: drafts, error: null } });

export const draftsFailed =
  (error: string) =>
  (state: WorkbenchState): WorkbenchState => ({ ...state, drafts: { ...state.drafts, status: "error", error } });

export const loadingStarted = () => (state: WorkbenchState) => ({
  ...state,
  loading: { status: "loading" as const, error: null, issues: [] },
});

export const loadingFailed =
  (error: string, issues: Issue[] = []) =>
  (state: WorkbenchState): WorkbenchState => ({ ...state, loading: { status: "error", error, issues } });

/** A draft opened (added, picked from the list, or reloaded): its edit is what the server holds; no undo history. */
export const draftOpened =
  (draft: Draft) =>
  (state: WorkbenchState): WorkbenchState => {
    const edit = editOf(draft);
    const same = state.draft?.id === draft.id;
    return {
      ...state,
      loading: { status: "idle", error: null, issues: [] },
      draft,
      edit,
      saved: edit,
      past: [],
      future: [],
      stamps: stampsOf(draft.marks),
      save: { status: "saved", error: null },
      names: { ...state.names, ...draftNames(draft) },
      suggestions: same ? state.suggestions : idle(),
      selection: null,
      editor: null,
      focusMark: null,
      review: same ? state.review : idle(),
      commit: same ? state.commit : getEmptyCommitState(),
      inGraph: same ? state.inGraph : idle(),
      tab: same ? state.tab : "suggestions",
    };
  };

/** Back to the list of drafts. */
export const draftClosed = () => (state: WorkbenchState) => ({
  ...getEmptyWorkbenchState(),
  open: state.open,
  info: state.info,
  drafts: state.drafts,
  vocabulary: state.vocabulary,
  names: state.names,
});

/** One undoable step: `change` makes the new edit from the current one; the redo stack is dropped. */
export const stepTaken =
  (label: string, change: (edit: DraftEdit) => DraftEdit) =>
  (state: WorkbenchState): WorkbenchState => {
    if (!state.edit) return state;
    const next = change(state.edit);
    if (next === state.edit) return state;
    return {
      ...state,
      edit: next,
      past: [...state.past, { label, edit: state.edit }].slice(-MAX_STEPS),
      future: [],
    };
  };

export const undone = () => (state: WorkbenchState) => {
  const last = state.past[state.past.length - 1];
  if (!last || !state.edit) return state;
  return {
    ...state,
    edit: last.edit,
    past: state.past.slice(0, -1),
    future: [{ label: last.label, edit: state.edit }, ...state.future],
    editor: null,
  };
};

export const redone = () => (state: WorkbenchState) => {
  const next = state.future[0];
  if (!next || !state.edit) return state;
  return {
    ...state,
    edit: next.edit,
    past: [...state.past, { label: next.label, edit: state.edit }],
    future: state.future.slice(1),
    editor: null,
  };
};

/** What undo and redo would do, for their buttons' titles. */
export const canUndo = (state: WorkbenchState) => state.past[state.past.length - 1]?.label ?? null;
export const canRedo = (state: WorkbenchState) => state.future[0]?.label ?? null;

/** Whether the edit on screen differs from what the server holds. */
export const unsaved = (state: WorkbenchState) => state.edit !== null && state.edit !== state.saved;

export const saveStarted = () => (state: WorkbenchState) => ({
  ...state,
  save: { status: "saving" as const, error: null },
});

/**
 * The server saved `sent` as `draft`: its revision and authorship stamps are kept; the edit on screen stays (it may
 * have moved on since, and is saved next).
 */
export const draftSaved =
  (draft: Draft, sent: DraftEdit) =>
  (state: WorkbenchState): WorkbenchState => {
    if (state.draft?.id !== draft.id) return state;
    return {
      ...state,
      draft,
      saved: sent,
      stamps: { ...state.stamps, ...stampsOf(draft.marks) },
      save: { status: state.edit === sent ? "saved" : "saving", error: null },
    };
  };

export const saveFailed =
  (error: string, conflict: boolean) =>
  (state: WorkbenchState): WorkbenchState => ({
    ...state,
    save: { status: conflict ? "conflict" : "failed", error },
  });

export const suggestionsLoading = () => (state: WorkbenchState) => ({
  ...state,
  suggestions: { ...state.suggestions, status: "loading" as const, error: null },
});

export const suggestionsLoaded =
  (suggestions: SuggestionsResponse) =>
  (state: WorkbenchState): WorkbenchState => {
    if (state.draft?.id !== suggestions.draftId) return state;
    return {
      ...state,
      suggestions: { status: "ready", data: suggestions, error: null },
      names: { ...namesFromSuggestions(suggestions), ...state.names },
    };
  };

export const suggestionsFailed =
  (error: string) =>
  (state: WorkbenchState): WorkbenchState => ({
    ...state,
    suggestions: { ...state.suggestions, status: "error", error },
  });

export const vocabularyLoaded =
  (vocabulary: Vocabulary) =>
  (state: WorkbenchState): WorkbenchState => ({ ...state, vocabulary });

export const namesLearnt =
  (names: Record<string, EntityName>) =>
  (state: WorkbenchState): WorkbenchState => ({ ...state, names: { ...state.names, ...names } });

export const selectionChanged =
  (selection: Span | null) =>
  (state: WorkbenchState): WorkbenchState => {
    const same =
      selection === state.selection ||
      (selection !== null &&
        state.selection !== null &&
        selection.start === state.selection.start &&
        selection.end === state.selection.end);
    return same ? state : { ...state, selection };
  };

export const editorOpened =
  (editor: EditorTarget | null) =>
  (state: WorkbenchState): WorkbenchState => ({ ...state, editor });

export const markFocused =
  (id: string | null) =>
  (state: WorkbenchState): WorkbenchState => ({ ...state, focusMark: id });

export const tabChosen =
  (tab: WorkbenchTab) =>
  (state: WorkbenchState): WorkbenchState => ({ ...state, tab });

export const reviewStarted = () => (state: WorkbenchState) => ({
  ...state,
  review: { ...state.review, status: "loading" as const, error: null },
});

export const reviewLoaded =
  (review: ReviewResponse) =>
  (state: WorkbenchState): WorkbenchState => ({ ...state, review: { status: "ready", data: review, error: null } });

export const reviewFailed =
  (error: string) =>
  (state: WorkbenchState): WorkbenchState => ({ ...state, review: { ...state.review, status: "error", error } });

/** The review shown is of the draft as saved now: a commit may go ahead. */
export function reviewCurrent(state: WorkbenchState): boolean {
  const review = state.review.data;
  return (
    review !== null &&
    state.draft !== null &&
    review.draftId === state.draft.id &&
    review.revision === state.draft.revision &&
    !unsaved(state)
  );
}

export const commitChanged =
  (change: Partial<CommitState>) =>
  (state: WorkbenchState): WorkbenchState => ({ ...state, commit: { ...state.commit, ...change } });

/** The commit is done: its status kept, the undo history dropped (what is in the graph is retracted, not undone). */
export const commitDone =
  (status: CommitStatus) =>
  (state: WorkbenchState): WorkbenchState => ({
    ...state,
    commit: { ...state.commit, phase: "committed", status, error: null, issues: [] },
    past: [],
    future: [],
    tab: "graph",
  });

export const inGraphLoading = () => (state: WorkbenchState) => ({
  ...state,
  inGraph: { ...state.inGraph, status: "loading" as const, error: null },
});

export const inGraphLoaded =
  (source: SourceDetails | null) =>
  (state: WorkbenchState): WorkbenchState => ({ ...state, inGraph: { status: "ready", data: source, error: null } });

export const inGraphFailed =
  (error: string) =>
  (state: WorkbenchState): WorkbenchState => ({ ...state, inGraph: { ...state.inGraph, status: "error", error } });
