// The source workbench's screen, over the graph: add a document or open a draft; then the reader, where selections
// become evidence, beside the suggestions, the draft's evidence, review and commit, and what the graph holds.
// It takes its own keys (data-own-keys): Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y) undo and redo draft steps,
// Escape closes a form, then clears the selection.
import { useCallback, useMemo } from "react";
import { useAtomValue } from "../../core/utils/useAtom";
import {
  chooseTab,
  closeDraft,
  closeWorkbench,
  focusMark,
  openEditor,
  redoStep,
  reloadDraft,
  retrySave,
  setSelection,
  undoStep,
  workbenchAtom,
} from "../../core/workbench";
import { openSuggestions } from "../../core/workbench/marks";
import { type Layer, readerLayers, spanFromSelection } from "../../core/workbench/spans";
import type { WorkbenchTab } from "../../core/workbench/types";
import { canRedo, canUndo } from "../../core/workbench/utils";
import "./workbench.css";
import { AddDocumentForm } from "./AddDocumentForm";
import { DraftList } from "./DraftList";
import { InGraphPanel } from "./InGraphPanel";
import { MarkableReader } from "./MarkableReader";
import { MarkEditor } from "./MarkEditor";
import { MarkList } from "./MarkList";
import { ReviewPanel } from "./ReviewPanel";
import { SelectionBar, selectionAction } from "./SelectionBar";
import { SourcePanel } from "./SourcePanel";
import { SuggestionList } from "./SuggestionList";

const isField = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

function onScreenKey(e: React.KeyboardEvent) {
  if (isField(e.target)) return;
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  const state = workbenchAtom.get();
  let handled = true;
  if (mod && key === "z" && !e.shiftKey) undoStep();
  else if (mod && ((key === "z" && e.shiftKey) || key === "y")) redoStep();
  else if (key === "escape" && state.editor) openEditor(null);
  else if (key === "escape" && state.selection) setSelection(null);
  else handled = false;
  if (handled) {
    e.preventDefault();
    e.stopPropagation();
  }
}

export function WorkbenchScreen() {
  const state = useAtomValue(workbenchAtom);
  return (
    <section
      className="workbench"
      aria-label="Source workbench"
      data-testid="workbench"
      data-own-keys
      onKeyDown={onScreenKey}
    >
      <WorkbenchHead />
      {state.draft && state.edit ? (
        <Desk />
      ) : (
        <div className="wb-start">
          <AddDocumentForm />
          <DraftList />
        </div>
      )}
    </section>
  );
}

function WorkbenchHead() {
  const state = useAtomValue(workbenchAtom);
  const undoLabel = canUndo(state);
  const redoLabel = canRedo(state);
  const save = state.save;
  const saveText =
    save.status === "saving"
      ? "Saving…"
      : save.status === "failed"
        ? `Not saved: ${save.error ?? ""}`
        : save.status === "conflict"
          ? "Another tab saved this draft"
          : state.draft
            ? `Saved (revision ${state.draft.revision})`
            : "";
  return (
    <div className="wb-head">
      <h2>
        Source workbench
        {state.draft && (
          <span className="wb-title">
            {" "}
            · <bdi>{state.edit?.source.title ?? state.draft.source.title}</bdi>
          </span>
        )}
      </h2>
      {state.draft && (
        <span className={`wb-save ${save.status}`} data-testid="wb-save" data-status={save.status} role="status">
          {saveText}
          {save.status === "failed" && (
            <>
              {" "}
              <button type="button" className="link" onClick={retrySave}>
                Try again
              </button>
            </>
          )}
          {save.status === "conflict" && (
            <>
              {" "}
              <button type="button" className="link" onClick={() => void reloadDraft()} data-testid="wb-load-newer">
                Load its version
              </button>
            </>
          )}
        </span>
      )}
      <span className="wb-head-tools button-row">
        {state.info && <span className="muted small">Adding as {state.info.author}</span>}
        {state.draft && (
          <>
            <button
              type="button"
              onClick={undoStep}
              disabled={!undoLabel}
              title={undoLabel ? `Undo: ${undoLabel} (Ctrl+Z)` : "Nothing to undo"}
              data-testid="wb-undo"
            >
              ↶ Undo
            </button>
            <button
              type="button"
              onClick={redoStep}
              disabled={!redoLabel}
              title={redoLabel ? `Redo: ${redoLabel} (Ctrl+Shift+Z)` : "Nothing to redo"}
              data-testid="wb-redo"
            >
              ↷ Redo
            </button>
            <button type="button" onClick={closeDraft} data-testid="wb-all-drafts">
              All drafts
            </button>
          </>
        )}
        <button
          type="button"
          onClick={closeWorkbench}
          data-testid="wb-close"
          title="Back to the graph (the draft stays)"
        >
          Back to the graph
        </button>
      </span>
    </div>
  );
}

const TABS: Array<{ id: WorkbenchTab; label: string }> = [
  { id: "suggestions", label: "Suggestions" },
  { id: "evidence", label: "Evidence" },
  { id: "review", label: "Review & commit" },
  { id: "graph", label: "In the graph" },
];

function Desk() {
  const state = useAtomValue(workbenchAtom);
  const draft = state.draft;
  const edit = state.edit;
  const open = useMemo(() => openSuggestions(state.suggestions.data, edit), [state.suggestions.data, edit]);
  const layers = useMemo(
    () =>
      readerLayers(
        edit?.marks ?? [],
        open ? [...open.mentions, ...open.figures.filter((f) => f.quantity)] : [],
        state.selection,
      ),
    [edit, open, state.selection],
  );
  const text = draft?.text ?? "";
  const language = edit?.source.language ?? "en";
  const onSelect = useCallback(
    (a: number, b: number) => setSelection(spanFromSelection(text, a, b, language)),
    [text, language],
  );
  const onClear = useCallback(() => setSelection(null), []);
  const onPick = useCallback((layer: Layer) => {
    focusMark(layer.id);
    if (layer.kind === "suggestion") chooseTab("suggestions");
    else if (layer.kind !== "selection") chooseTab("evidence");
  }, []);
  const onKey = useCallback((e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const action = selectionAction(e.key, workbenchAtom.get().selection);
    if (action) {
      e.preventDefault();
      e.stopPropagation();
      action();
    }
  }, []);
  if (!draft || !edit) return null;
  const counts: Record<WorkbenchTab, number | null> = {
    suggestions: open
      ? open.mentions.length + open.figures.filter((f) => f.quantity).length + open.relations.length
      : null,
    evidence: edit.marks.length,
    review: null,
    graph: null,
  };
  return (
    <div className="wb-desk">
      <aside className="wb-left">
        <SourcePanel />
      </aside>
      <div className="wb-center">
        <SelectionBar selection={state.selection} />
        <MarkableReader
          text={draft.text}
          language={language}
          direction={draft.direction}
          layers={layers}
          focus={state.focusMark}
          onSelect={onSelect}
          onClear={onClear}
          onPick={onPick}
          onKey={onKey}
        />
        <p className="wb-legend muted small">
          <span className="wb-swatch wb-mention">mention</span> <span className="wb-swatch wb-relation">relation</span>{" "}
          <span className="wb-swatch wb-claim">claim</span> <span className="wb-swatch wb-suggestion">suggested</span>{" "}
          <span className="wb-swatch wb-selection">selected</span> · Select words, then M, R, C or N.
        </p>
      </div>
      <aside className="wb-right">
        {state.editor ? (
          <MarkEditor target={state.editor} />
        ) : (
          <>
            <div className="tabs" role="tablist">
              {TABS.map((t) => (
                <button
                  key={t.id}
                  type="button"
                  role="tab"
                  aria-selected={state.tab === t.id}
                  onClick={() => chooseTab(t.id)}
                  data-testid={`wb-tab-${t.id}`}
                >
                  {t.label}
                  {counts[t.id] !== null ? <span className="count"> {counts[t.id]}</span> : null}
                </button>
              ))}
            </div>
            <div className="wb-tab-panel" role="tabpanel">
              {state.tab === "suggestions" && <SuggestionList />}
              {state.tab === "evidence" && <MarkList />}
              {state.tab === "review" && <ReviewPanel />}
              {state.tab === "graph" && <InGraphPanel />}
            </div>
          </>
        )}
      </aside>
    </div>
  );
}
