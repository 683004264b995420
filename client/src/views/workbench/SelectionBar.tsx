// Above the reader: the selected words with their offsets, and what they can become (keys M, R, C, N; Esc clears).

import { openEditor, setSelection } from "../../core/workbench";
import { spanProblem } from "../../core/workbench/spans";
import type { Span } from "../../core/workbench/types";

/** What a key pressed in the reader does with the selection: M mention, R relation, C claim, N new entity. */
export function selectionAction(key: string, selection: Span | null): (() => void) | null {
  if (!selection || spanProblem(selection)) return key === "Escape" && selection ? () => setSelection(null) : null;
  switch (key.toLowerCase()) {
    case "m":
      return () => openEditor({ kind: "mention", span: selection });
    case "r":
      return () => openEditor({ kind: "relation", span: selection });
    case "c":
      return () => openEditor({ kind: "claim", span: selection });
    case "n":
      return () => openEditor({ kind: "entity", name: selection.quote, thenMention: selection });
    case "escape":
      return () => setSelection(null);
    default:
      return null;
  }
}

export function SelectionBar({ selection }: { selection: Span | null }) {
  if (!selection) {
    return (
      <div className="wb-selection-bar muted" data-testid="wb-selection-bar">
        Select words in the text to mark them as evidence: a mention, a relation or a claim.
      </div>
    );
  }
  const problem = spanProblem(selection);
  const short = selection.quote.length > 140 ? `${selection.quote.slice(0, 140)}…` : selection.quote;
  return (
    <div
      className="wb-selection-bar"
      data-testid="wb-selection-bar"
      data-start={selection.start}
      data-end={selection.end}
    >
      <span className="wb-selected" data-testid="wb-selected">
        «<bdi>{short}</bdi>»
      </span>
      <span className="offsets">
        [{selection.start}–{selection.end})
      </span>
      {problem ? (
        <span className="warn">{problem}</span>
      ) : (
        <span className="button-row">
          <button
            type="button"
            onClick={selectionAction("m", selection) ?? undefined}
            data-testid="wb-make-mention"
            title="A mention of an entity (M)"
          >
            Mention <kbd>M</kbd>
          </button>
          <button
            type="button"
            onClick={selectionAction("r", selection) ?? undefined}
            data-testid="wb-make-relation"
            title="Evidence of a relation between two entities (R)"
          >
            Relation <kbd>R</kbd>
          </button>
          <button
            type="button"
            onClick={selectionAction("c", selection) ?? undefined}
            data-testid="wb-make-claim"
            title="A figure or an attributed assertion (C)"
          >
            Claim <kbd>C</kbd>
          </button>
          <button
            type="button"
            onClick={selectionAction("n", selection) ?? undefined}
            data-testid="wb-make-entity"
            title="A new entity named by these words (N)"
          >
            New entity <kbd>N</kbd>
          </button>
        </span>
      )}
      <button type="button" className="icon" aria-label="Clear the selection (Esc)" onClick={() => setSelection(null)}>
        ×
      </button>
    </div>
  );
}
