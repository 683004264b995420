// The source workbench's store and actions: add a document, mark its evidence step by step (each step saved and
// undoable), take or reject suggestions, review, commit with an idempotency key, show what was committed, retract.
import type { SourceSpan } from "@domain/contracts/api";
import type {
  AddDocumentRequest,
  Draft,
  DraftMark,
  DraftSource,
  FigureSuggestion,
  MentionSuggestion,
  RelationSuggestion,
  RetractRequest,
} from "@domain/contracts/workbench";
import type { Entity } from "@domain/model/entity";
import { fetchNode, fetchSource } from "../../api/endpoints";
import { ApiError, describeError } from "../../api/errors";
import * as api from "../../api/workbench";
import { graphDatasetAtom } from "../dataset";
import { nodeName } from "../dataset/utils";
import { focusOnNode, loadOverview, revealNode, selectEdge, selectNode } from "../exploration";
import { notify } from "../notices";
import { forgetSource, loadSources } from "../reader";
import { atom } from "../utils/atoms";
import {
  COMMIT_TIMEOUT_MS,
  type CommitAction,
  type CommitOutcome,
  describeCommitResult,
  newCommitKey,
  nextCommitAction,
  outcomeOfError,
} from "./commit";
import {
  draftUpdate,
  entitiesIn,
  figureClaim,
  figureMarkId,
  mentionFromSuggestion,
  openSuggestions,
  relationMark,
  suggestedRelation,
} from "./marks";
import { evidenceSentence } from "./spans";
import {
  PENDING_COMMIT_KEY,
  type PendingCommit,
  PLACE_KEY,
  parsePendingCommit,
  parsePlace,
  type WorkbenchPlace,
} from "./storage";
import type { DraftEdit, EditorTarget, EntityName, Issue, Span, WorkbenchState, WorkbenchTab } from "./types";
import {
  commitChanged,
  commitDone,
  draftClosed,
  draftOpened,
  draftSaved,
  draftsFailed,
  draftsLoaded,
  draftsLoading,
  editorOpened,
  getEmptyCommitState,
  getEmptyWorkbenchState,
  infoLoaded,
  inGraphFailed,
  inGraphLoaded,
  inGraphLoading,
  loadingFailed,
  loadingStarted,
  markFocused,
  namesLearnt,
  redone,
  reviewCurrent,
  reviewFailed,
  reviewLoaded,
  reviewStarted,
  saveFailed,
  saveStarted,
  selectionChanged,
  stepTaken,
  suggestionsFailed,
  suggestionsLoaded,
  suggestionsLoading,
  tabChosen,
  undone,
  unsaved,
  vocabularyLoaded,
  workbenchOpened,
} from "./utils";

export const workbenchAtom = atom<WorkbenchState>(getEmptyWorkbenchState());

const get = () => workbenchAtom.get();
const set = (update: (state: WorkbenchState) => WorkbenchState) => workbenchAtom.set(update);

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function write(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage off or full: the workbench still works; a reload will not come back to it.
  }
}

// Where the workbench is, kept in this browser so a reload comes back to the same draft.
workbenchAtom.subscribe((state, previous) => {
  if (state.open === previous.open && state.draft?.id === previous.draft?.id) return;
  write(PLACE_KEY, { open: state.open, draftId: state.draft?.id ?? null } satisfies WorkbenchPlace);
});

const issuesOf = (error: unknown): Issue[] =>
  error instanceof ApiError && error.problem?.issues
    ? error.problem.issues.map((i) => ({ path: i.path.map(String).join("."), reason: i.message }))
    : [];

// ---------- opening ----------

export function openWorkbench(): void {
  set(workbenchOpened(true));
  if (get().info === null) void loadInfo();
  void loadDrafts();
  void loadVocabulary();
}

export function closeWorkbench(): void {
  set(workbenchOpened(false));
}

let restored = false;

/** At start (once): back to the workbench and draft a reload left, and on with a commit it left unconfirmed. */
export async function restoreWorkbench(): Promise<void> {
  if (restored) return;
  restored = true;
  const place = parsePlace(read(PLACE_KEY));
  const pending = parsePendingCommit(read(PENDING_COMMIT_KEY));
  if (place.open) openWorkbench();
  const draftId = pending?.draftId ?? (place.open ? place.draftId : null);
  if (draftId) await openDraft(draftId);
  if (pending && get().draft?.id === pending.draftId) {
    set(commitChanged({ ...getEmptyCommitState(), phase: "checking", key: pending.key, revision: pending.revision }));
    await driveCommit(pending, "ask-status");
  } else if (pending) write(PENDING_COMMIT_KEY, null);
}

/** Warns before leaving the page while a step is not saved yet or a commit is unconfirmed. */
export function guardUnload(event: BeforeUnloadEvent): void {
  const state = get();
  const busy = state.commit.phase === "sending" || state.commit.phase === "checking";
  if (unsaved(state) || busy) event.preventDefault();
}

export async function loadInfo(): Promise<void> {
  try {
    set(infoLoaded(await api.fetchWorkbenchInfo()));
  } catch {
    // Limits are checked by the server too; the author shows once known.
  }
}

export async function loadDrafts(): Promise<void> {
  set(draftsLoading());
  try {
    set(draftsLoaded((await api.fetchDrafts()).drafts));
  } catch (error) {
    set(draftsFailed(describeError(error)));
  }
}

export async function loadVocabulary(): Promise<void> {
  try {
    set(vocabularyLoaded(await api.fetchVocabulary()));
  } catch {
    // The type pickers then offer the draft's own types and free entry.
  }
}

/** Adds a document (pasted or a file): the new draft opens in the reader. */
export async function addSource(request: AddDocumentRequest): Promise<boolean> {
  set(loadingStarted());
  try {
    const draft = await api.addDocument(request);
    opened(draft);
    void loadDrafts();
    return true;
  } catch (error) {
    set(loadingFailed(describeError(error), issuesOf(error)));
    return false;
  }
}

export async function openDraft(id: string): Promise<void> {
  set(loadingStarted());
  try {
    opened(await api.fetchDraft(id));
  } catch (error) {
    if (error instanceof ApiError && error.code === "NOT_FOUND") {
      set(draftClosed());
      set(loadingFailed("That draft is no longer on the server."));
      void loadDrafts();
      return;
    }
    set(loadingFailed(describeError(error)));
  }
}

function opened(draft: Draft): void {
  set(draftOpened(draft));
  void refreshSuggestions();
  void resolveNames();
  if (draft.committed) void loadInGraph();
}

export function closeDraft(): void {
  set(draftClosed());
  void loadDrafts();
}

/** Discards a draft on the server (what it committed stays in the graph). */
export async function discardDraft(id: string): Promise<void> {
  try {
    await api.discardDraft(id);
    if (get().draft?.id === id) set(draftClosed());
    notify("Draft discarded.");
  } catch (error) {
    notify(`Could not discard the draft: ${describeError(error)}`, "error");
  }
  void loadDrafts();
}

// ---------- steps, undo and saving ----------

/** One undoable step on the draft, saved at once. */
export function step(label: string, change: (edit: DraftEdit) => DraftEdit): void {
  set(stepTaken(label, change));
  scheduleSave();
}

export function undoStep(): void {
  const label = get().past.at(-1)?.label;
  set(undone());
  if (label) notify(`Undid: ${label}`);
  scheduleSave();
}

export function redoStep(): void {
  const label = get().future[0]?.label;
  set(redone());
  if (label) notify(`Redid: ${label}`);
  scheduleSave();
}

let saving: Promise<void> | null = null;

function scheduleSave(): Promise<void> {
  if (saving === null) {
    saving = saveLoop().finally(() => {
      saving = null;
    });
  }
  return saving;
}

/** Saves until the server holds what is on screen: one save at a time, each on the revision the last one gave. */
async function saveLoop(): Promise<void> {
  for (;;) {
    const state = get();
    if (!state.draft || !state.edit || state.edit === state.saved || state.save.status === "conflict") return;
    const sent = state.edit;
    const draftId = state.draft.id;
    set(saveStarted());
    try {
      const saved = await api.saveDraft(draftId, draftUpdate(sent, state.draft.revision, state.stamps));
      set(draftSaved(saved, sent));
    } catch (error) {
      const conflict = error instanceof ApiError && error.code === "DRAFT_CONFLICT";
      if (get().draft?.id === draftId) set(saveFailed(describeError(error), conflict));
      return;
    } finally {
      if (!unsaved(get())) void refreshSuggestions();
    }
  }
}

/** Tries the failed save again. */
export function retrySave(): void {
  void scheduleSave();
}

/** After another tab saved the draft: load its version (what this tab did since is dropped). */
export async function reloadDraft(): Promise<void> {
  const id = get().draft?.id;
  if (!id) return;
  try {
    opened(await api.fetchDraft(id));
  } catch (error) {
    notify(`Could not load the draft: ${describeError(error)}`, "error");
  }
}

let suggestionTimer: ReturnType<typeof setTimeout> | null = null;

/** Asks the server for suggestions of the saved draft (soon after the last save). */
export function refreshSuggestions(): Promise<void> {
  if (suggestionTimer) clearTimeout(suggestionTimer);
  return new Promise((done) => {
    suggestionTimer = setTimeout(() => {
      suggestionTimer = null;
      void loadSuggestions().then(done);
    }, 150);
  });
}

async function loadSuggestions(): Promise<void> {
  const draft = get().draft;
  if (!draft) return;
  set(suggestionsLoading());
  try {
    set(suggestionsLoaded(await api.fetchSuggestions(draft.id)));
  } catch (error) {
    if (get().draft?.id === draft.id) set(suggestionsFailed(describeError(error)));
  }
}

/** Names of entities the marks use that no suggestion, draft entity or canvas node names yet. */
async function resolveNames(): Promise<void> {
  const state = get();
  const graph = graphDatasetAtom.get().graph;
  const ids = new Set<string>();
  for (const m of state.edit?.marks ?? []) {
    const used =
      m.kind === "mention" ? [m.entityId] : m.kind === "relation" ? [m.from, m.to] : [...m.about, ...m.statedBy];
    for (const id of used) if (!state.names[id] && !graph.hasNode(id)) ids.add(id);
  }
  const found: Record<string, EntityName> = {};
  await Promise.all(
    [...ids].slice(0, 40).map(async (id) => {
      try {
        const node = await fetchNode(id);
        found[id] = { name: node.attributes.label, nameAr: node.attributes.labelAr, type: node.attributes.type };
      } catch {
        // Shown by id.
      }
    }),
  );
  if (Object.keys(found).length > 0) set(namesLearnt(found));
}

/** An entity's English name: the draft's own, one the workbench learnt, a canvas node's, or its id. */
export function entityName(id: string, state: WorkbenchState = get()): string {
  const known = state.names[id];
  if (known) return known.name;
  const graph = graphDatasetAtom.get().graph;
  return graph.hasNode(id) ? nodeName(graph.getNodeAttributes(id), "en") : id;
}

export const learnNames = (names: Record<string, EntityName>) => set(namesLearnt(names));

// ---------- the reader's selection and the mark editor ----------

export const setSelection = (span: Span | null) => set(selectionChanged(span));
export const openEditor = (target: EditorTarget | null) => set(editorOpened(target));
export const focusMark = (id: string | null) => set(markFocused(id));
export const chooseTab = (tab: WorkbenchTab) => set(tabChosen(tab));

/** Adds a mark, or replaces the mark with its id. */
export function saveMark(mark: DraftMark, label: string): void {
  step(label, (edit) => {
    const at = edit.marks.findIndex((m) => m.id === mark.id);
    const marks = at < 0 ? [...edit.marks, mark] : edit.marks.map((m, i) => (i === at ? mark : m));
    return { ...edit, marks };
  });
  set(editorOpened(null));
  set(selectionChanged(null));
}

export function removeMark(id: string, label: string): void {
  step(label, (edit) => ({ ...edit, marks: edit.marks.filter((m) => m.id !== id) }));
}

/** Adds a new entity to the draft, or replaces the one with its id. */
export function saveEntity(entity: Entity): void {
  set(namesLearnt({ [entity.id]: { name: entity.name, nameAr: entity.nameAr, type: entity.type } }));
  step(`Define ${entity.name}`, (edit) => {
    const at = edit.entities.findIndex((e) => e.id === entity.id);
    const entities = at < 0 ? [...edit.entities, entity] : edit.entities.map((e, i) => (i === at ? entity : e));
    return { ...edit, entities };
  });
}

/** Removes a new entity the marks no longer use. */
export function removeEntity(id: string): void {
  step(`Remove ${entityName(id)}`, (edit) => ({ ...edit, entities: edit.entities.filter((e) => e.id !== id) }));
}

export function updateSource(source: DraftSource): void {
  step("Edit the source's details", (edit) => ({ ...edit, source }));
}

// ---------- suggestions ----------

const openNow = () => openSuggestions(get().suggestions.data, get().edit);

export function acceptMention(s: MentionSuggestion): void {
  step(`Accept ${s.name} («${s.quote}»)`, (edit) => ({
    ...edit,
    marks: [...edit.marks, mentionFromSuggestion(edit.marks, s)],
  }));
}

/** Accepts every open mention suggestion whose span no other entity is also suggested for, in one step. */
export function acceptAllMentions(): number {
  const open = openNow()?.mentions ?? [];
  const bySpan = new Map<string, number>();
  for (const s of open) bySpan.set(`${s.start}:${s.end}`, (bySpan.get(`${s.start}:${s.end}`) ?? 0) + 1);
  const clear = open.filter((s) => bySpan.get(`${s.start}:${s.end}`) === 1);
  if (clear.length === 0) return 0;
  step(`Accept ${clear.length} mentions`, (edit) => {
    const marks = [...edit.marks];
    for (const s of clear) marks.push(mentionFromSuggestion(marks, s));
    return { ...edit, marks };
  });
  return clear.length;
}

export function rejectSuggestion(id: string, label: string): void {
  step(`Reject ${label}`, (edit) =>
    edit.rejected.includes(id) ? edit : { ...edit, rejected: [...edit.rejected, id] },
  );
}

/**
 * Accepts a candidate figure: a claim at once when its sentence names an entity (it is then about those), else the
 * claim form, filled in from the figure, asks what it is about.
 */
export function acceptFigure(f: FigureSuggestion): void {
  const state = get();
  if (!state.draft || !state.edit) return;
  const mentions = state.suggestions.data?.mentions ?? [];
  const claim = figureClaim(state.draft.text, state.draft.source.language, f, state.edit, mentions, state.names);
  if (claim) {
    step(`Accept the figure «${f.quote}»`, (edit) => ({ ...edit, marks: [...edit.marks, claim] }));
    return;
  }
  const span = evidenceSentence(state.draft.text, f, state.draft.source.language);
  set(editorOpened({ kind: "claim", span, claimKind: "figure", newMarkId: figureMarkId(f) }));
}

/** Accepts a candidate relation: at once with a type the graph has between the two, else the relation form asks. */
export function acceptRelation(s: RelationSuggestion): void {
  const span = { start: s.start, end: s.end, quote: s.quote };
  const known = suggestedRelation(s);
  if (known) {
    step(`Accept ${entityName(known.from)} ${known.type} ${entityName(known.to)}`, (edit) => ({
      ...edit,
      marks: [...edit.marks, relationMark(edit.marks, known, [{ start: s.start, end: s.end, quote: s.quote }])],
    }));
    return;
  }
  set(editorOpened({ kind: "relation", span, from: s.from.entityId, to: s.to.entityId }));
}

/** Entities named inside a span (marked or suggested), for the forms' first guesses. */
export function entitiesInSpan(span: Pick<Span, "start" | "end">): string[] {
  const state = get();
  return entitiesIn(span, state.edit?.marks ?? [], state.suggestions.data?.mentions ?? []);
}

// ---------- review and commit ----------

/** Saves what is pending, then asks the server what a commit would change. */
export async function runReview(): Promise<void> {
  set(tabChosen("review"));
  set(reviewStarted());
  await scheduleSave();
  const state = get();
  if (!state.draft) return;
  if (unsaved(state)) {
    set(reviewFailed(`The draft is not saved: ${state.save.error ?? "try again"}`));
    return;
  }
  try {
    set(reviewLoaded(await api.reviewDraft(state.draft.id)));
  } catch (error) {
    set(reviewFailed(describeError(error)));
  }
}

/** Commits the reviewed revision under a new Idempotency-Key, kept in this browser until the server confirms it. */
export async function commit(): Promise<void> {
  const state = get();
  if (!state.draft || !reviewCurrent(state) || !state.review.data?.ok) return;
  const pending: PendingCommit = { draftId: state.draft.id, revision: state.draft.revision, key: newCommitKey() };
  write(PENDING_COMMIT_KEY, pending);
  set(commitChanged({ ...getEmptyCommitState(), phase: "sending", key: pending.key, revision: pending.revision }));
  await driveCommit(pending, "send");
}

/** After a stall or a failure: ask again with the same key (the status first, so nothing is written twice). */
export async function retryCommit(): Promise<void> {
  const { commit: c, draft } = get();
  if (!c.key || c.revision === null || !draft) return;
  const pending: PendingCommit = { draftId: draft.id, revision: c.revision, key: c.key };
  write(PENDING_COMMIT_KEY, pending);
  set(commitChanged({ phase: "checking", error: null, issues: [], attempts: 0 }));
  await driveCommit(pending, "ask-status");
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Runs the commit protocol (core/workbench/commit.ts) for one key until it is done, refused or stalled. */
async function driveCommit(pending: PendingCommit, first: "send" | "ask-status"): Promise<void> {
  let action: CommitAction = { do: first, delayMs: 0 };
  let attempt = 0;
  let issues: Issue[] = [];
  const here = () => get().draft?.id === pending.draftId;
  for (;;) {
    if (action.do === "done") return finishCommit(pending, action.status);
    if (action.do === "fail") {
      if (action.code === "DRAFT_ALREADY_COMMITTED" && (await adoptOtherCommit(pending))) return;
      write(PENDING_COMMIT_KEY, null);
      if (here()) set(commitChanged({ phase: "failed", error: action.message, issues }));
      return;
    }
    if (action.do === "stall") {
      if (here()) set(commitChanged({ phase: "stalled", error: action.message }));
      return;
    }
    if (action.delayMs > 0) await sleep(action.delayMs);
    attempt++;
    if (here()) set(commitChanged({ phase: action.do === "send" ? "sending" : "checking", attempts: attempt }));
    let outcome: CommitOutcome;
    try {
      const status =
        action.do === "send"
          ? await api.commitDraft(pending.draftId, pending.revision, pending.key, {
              signal: AbortSignal.timeout(COMMIT_TIMEOUT_MS),
            })
          : await api.fetchCommitStatus(pending.key, { signal: AbortSignal.timeout(COMMIT_TIMEOUT_MS) });
      outcome = { kind: "status", status };
    } catch (error) {
      issues = issuesOf(error);
      outcome =
        error instanceof ApiError
          ? outcomeOfError({ code: error.code, status: error.status, message: describeError(error) })
          : { kind: "no-answer", message: describeError(error) };
    }
    action = nextCommitAction(outcome, attempt);
  }
}

/** Another tab committed this revision under its own key: take that commit's status as this one's. */
async function adoptOtherCommit(pending: PendingCommit): Promise<boolean> {
  try {
    const draft = await api.fetchDraft(pending.draftId);
    if (draft.committed?.revision !== pending.revision) return false;
    const status = await api.fetchCommitStatus(draft.committed.key);
    if (status.state !== "committed") return false;
    notify("This revision was already committed (from another tab).");
    await finishCommit({ ...pending, key: draft.committed.key }, status);
    return true;
  } catch {
    return false;
  }
}

/** Pending while the canvas reloads after a commit or retract, so "show in the graph" waits for it. */
let canvasRefresh: Promise<void> = Promise.resolve();

function refreshAfterWrite(sourceId: string): void {
  forgetSource(sourceId);
  void loadSources();
  canvasRefresh = loadOverview({ record: true });
}

async function finishCommit(pending: PendingCommit, status: NonNullable<WorkbenchState["commit"]["status"]>) {
  write(PENDING_COMMIT_KEY, null);
  if (get().draft?.id !== pending.draftId) return;
  set(commitChanged({ key: pending.key }));
  set(commitDone(status));
  const r = status.result;
  notify(
    r?.changed === false
      ? "Committed: the graph already held all of it."
      : `Committed: ${describeCommitResult(r ?? { nodesCreated: 0, relationshipsCreated: 0 })}.`,
  );
  refreshAfterWrite(status.sourceId);
  void loadDrafts();
  try {
    const draft = await api.fetchDraft(pending.draftId);
    if (get().draft?.id === draft.id && !unsaved(get())) set(draftOpened(draft));
  } catch {
    // The draft shows as committed once reloaded.
  }
  await loadInGraph();
}

// ---------- in the graph: show and retract ----------

/** The committed source as the graph holds it now (its spans), or nothing when it is not in the graph. */
export async function loadInGraph(): Promise<void> {
  const draft = get().draft;
  if (!draft) return;
  set(inGraphLoading());
  try {
    const source = await fetchSource(draft.source.id);
    if (get().draft?.id === draft.id) set(inGraphLoaded(source));
  } catch (error) {
    if (get().draft?.id !== draft.id) return;
    if (error instanceof ApiError && error.code === "NOT_FOUND") set(inGraphLoaded(null));
    else set(inGraphFailed(describeError(error)));
  }
}

/** What a span of the source supports, as retract names it. */
export function retractTarget(sourceId: string, span: SourceSpan): RetractRequest {
  const base = { what: "evidence" as const, sourceId, start: span.start, end: span.end };
  if (span.on === "claim") return { ...base, on: { kind: "claim", id: span.key } };
  if (span.type === "MENTIONS") return { ...base, on: { kind: "mention", entityId: span.target ?? "" } };
  return { ...base, on: { kind: "relation", from: span.source ?? "", type: span.type, to: span.target ?? "" } };
}

/** Retracts one piece of evidence, or the whole source; what is left without evidence goes with it. */
export async function retractFromGraph(request: RetractRequest): Promise<boolean> {
  try {
    const result = await api.retract(request);
    const gone = [
      ...result.edgesRemoved.map(([from, type, to]) => `${entityName(from)} ${type} ${entityName(to)}`),
      ...result.claimsRemoved.map((id) => `claim ${id}`),
    ];
    notify(
      result.sourceRemoved
        ? `Retracted the source: ${result.evidenceRemoved} pieces of evidence, ${result.edgesRemoved.length} edges, ${result.claimsRemoved.length} claims and ${result.entitiesRemoved.length} entities removed.`
        : `Retracted ${result.evidenceRemoved} piece of evidence${gone.length > 0 ? `; removed with it: ${gone.join(", ")}` : ""}.`,
    );
    refreshAfterWrite(request.sourceId);
    const draft = get().draft;
    if (draft && !unsaved(get())) {
      const fresh = await api.fetchDraft(draft.id).catch(() => null);
      if (fresh && get().draft?.id === fresh.id) set(draftOpened(fresh));
    }
    await loadInGraph();
    return true;
  } catch (error) {
    notify(`Could not retract: ${describeError(error)}`, "error");
    return false;
  }
}

/** Closes the workbench and selects a committed edge or claim on the canvas, its evidence in the details panel. */
export async function showInGraph(
  target: { kind: "edge"; from: string; type: string; to: string } | { kind: "node"; id: string },
) {
  closeWorkbench();
  await canvasRefresh;
  const graph = () => graphDatasetAtom.get().graph;
  if (target.kind === "node") {
    if (await revealNode(target.id, entityName(target.id))) selectNode(target.id, { camera: true });
    return;
  }
  const key = `${target.from}|${target.type}|${target.to}`;
  if (!graph().hasEdge(key) && !graph().hasNode(target.from)) await revealNode(target.from, entityName(target.from));
  if (!graph().hasEdge(key)) await focusOnNode(target.from);
  if (graph().hasEdge(key)) selectEdge(key);
  else notify(`${entityName(target.from)} ${target.type} ${entityName(target.to)} is not in the graph.`, "error");
}
