// Suggestions of the draft (known actors named in it, candidate figures, pairs named in one sentence), each taken or
// rejected with one click, or one key while the list has focus: ↑/↓ (or J/K) move, Enter or A accepts, X or Delete rejects.
import type { FigureSuggestion, MentionSuggestion, RelationSuggestion } from "@domain/contracts/workbench";
import { useEffect, useRef, useState } from "react";
import { formatPeriod } from "../../core/details/format";
import { useAtomValue } from "../../core/utils/useAtom";
import {
  acceptAllMentions,
  acceptFigure,
  acceptMention,
  acceptRelation,
  entityName,
  focusMark,
  refreshSuggestions,
  rejectSuggestion,
  workbenchAtom,
} from "../../core/workbench";
import { describeQuantity, openSuggestions } from "../../core/workbench/marks";

interface Row {
  id: string;
  kind: "mention" | "figure" | "relation";
  title: string;
  detail: string;
  quote: string;
  accept: () => void;
  reject: () => void;
}

function mentionRow(s: MentionSuggestion): Row {
  return {
    id: s.id,
    kind: "mention",
    title: s.name,
    detail: `${s.entityType}${s.draftEntity ? " · new in this draft" : ""}${s.matched !== s.quote ? ` · as “${s.matched}”` : ""}`,
    quote: s.quote,
    accept: () => acceptMention(s),
    reject: () => rejectSuggestion(s.id, `${s.name} («${s.quote}»)`),
  };
}

function figureRow(f: FigureSuggestion): Row {
  const period = formatPeriod(f.period?.start, f.period?.end);
  return {
    id: f.id,
    kind: "figure",
    title: f.quantity ? describeQuantity(f.quantity) : `date ${period ?? f.quote}`,
    detail: [f.kind, f.quantity && period ? period : null].filter(Boolean).join(" · "),
    quote: f.quote,
    accept: () => acceptFigure(f),
    reject: () => rejectSuggestion(f.id, `the figure «${f.quote}»`),
  };
}

function relationRow(r: RelationSuggestion, name: (id: string) => string): Row {
  const known = r.existingTypes[0];
  const title = known
    ? known.direction === "out"
      ? `${name(r.from.entityId)} → ${known.type} → ${name(r.to.entityId)}`
      : `${name(r.to.entityId)} → ${known.type} → ${name(r.from.entityId)}`
    : `${name(r.from.entityId)} — ${name(r.to.entityId)}`;
  return {
    id: r.id,
    kind: "relation",
    title,
    detail: known
      ? "a relation the graph has: accepting adds this sentence as evidence"
      : "named in one sentence: accepting asks the type",
    quote: r.quote,
    accept: () => acceptRelation(r),
    reject: () => rejectSuggestion(r.id, `${name(r.from.entityId)} — ${name(r.to.entityId)}`),
  };
}

/** "1 figure", "2 figures". */
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function SuggestionList() {
  const state = useAtomValue(workbenchAtom);
  const [active, setActive] = useState(0);
  const list = useRef<HTMLDivElement>(null);
  const open = openSuggestions(state.suggestions.data, state.edit);
  const name = (id: string) => entityName(id, state);
  const rows: Row[] = open
    ? [
        ...open.mentions.map(mentionRow),
        ...open.figures.filter((f) => f.quantity).map(figureRow),
        ...open.relations.map((r) => relationRow(r, name)),
      ]
    : [];
  const current = Math.min(active, rows.length - 1);
  const activeId = rows[current]?.id ?? null;

  useEffect(() => {
    const row = list.current?.querySelector<HTMLElement>(`[data-index="${current}"]`);
    row?.scrollIntoView?.({ block: "nearest" });
  }, [current]);

  const onKey = (e: React.KeyboardEvent) => {
    if (e.target instanceof HTMLInputElement || e.ctrlKey || e.metaKey || e.altKey) return;
    const row = rows[current];
    const key = e.key.toLowerCase();
    let handled = true;
    if (key === "arrowdown" || key === "j") setActive(Math.min(rows.length - 1, current + 1));
    else if (key === "arrowup" || key === "k") setActive(Math.max(0, current - 1));
    else if ((key === "enter" || key === "a") && row) row.accept();
    else if ((key === "x" || key === "delete" || key === "backspace") && row) row.reject();
    else handled = false;
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  const counts = open
    ? { m: open.mentions.length, f: open.figures.filter((f) => f.quantity).length, r: open.relations.length }
    : null;
  return (
    <div className="wb-suggestions" data-testid="wb-suggestions">
      <div className="panel-head">
        <p className="muted small">
          {counts
            ? `${plural(counts.m, "mention")}, ${plural(counts.f, "figure")}, ${plural(counts.r, "relation")}`
            : state.suggestions.status === "loading"
              ? "Looking for known actors, figures and relations…"
              : ""}
          {state.suggestions.data && (
            <span title="Names and aliases the matcher knows">
              {" "}
              · {state.suggestions.data.dictionary.names.toLocaleString("en")} names known
            </span>
          )}
        </p>
        <span className="button-row">
          <button
            type="button"
            onClick={() => acceptAllMentions()}
            disabled={!counts || counts.m === 0}
            data-testid="wb-accept-all-mentions"
            title="Accept every suggested mention (a span suggested for two entities is left for you)"
          >
            ✓ All mentions
          </button>
          <button
            type="button"
            className="icon"
            aria-label="Look again"
            title="Look again"
            onClick={() => void refreshSuggestions()}
          >
            ⟳
          </button>
        </span>
      </div>
      {state.suggestions.status === "error" && <p className="error">{state.suggestions.error}</p>}
      <div
        className="wb-suggestion-list"
        ref={list}
        tabIndex={0}
        data-own-keys
        role="listbox"
        aria-label="Suggestions: Enter or A accepts, X rejects, arrows move"
        aria-activedescendant={activeId ? `wb-sugg-${current}` : undefined}
        onKeyDown={onKey}
        data-testid="wb-suggestion-list"
      >
        {rows.length === 0 && state.suggestions.status === "ready" && (
          <p className="muted pad">No suggestions left: mark more in the reader, or review.</p>
        )}
        {rows.map((row, i) => (
          <div
            key={row.id}
            id={`wb-sugg-${i}`}
            role="option"
            aria-selected={i === current}
            tabIndex={-1}
            className={`wb-sugg-row ${row.kind}${i === current ? " active" : ""}`}
            data-index={i}
            data-id={row.id}
            data-kind={row.kind}
            data-testid="wb-suggestion"
            onMouseEnter={() => focusMark(row.id)}
            onFocus={() => setActive(i)}
            onClick={() => {
              setActive(i);
              focusMark(row.id);
            }}
            onKeyDown={() => {}}
          >
            <div className="wb-suggestion-text">
              <span className="wb-kind">{row.kind}</span> <strong dir="auto">{row.title}</strong>
              <div className="muted small">{row.detail}</div>
              <div className="wb-quote" dir="auto">
                «{row.quote.length > 160 ? `${row.quote.slice(0, 160)}…` : row.quote}»
              </div>
            </div>
            <span className="wb-suggestion-buttons">
              <button
                type="button"
                className="accept"
                title="Accept (Enter or A)"
                aria-label={`Accept ${row.title}`}
                onClick={(e) => {
                  e.stopPropagation();
                  row.accept();
                }}
                data-testid="wb-accept"
              >
                ✓
              </button>
              <button
                type="button"
                className="reject"
                title="Reject (X)"
                aria-label={`Reject ${row.title}`}
                onClick={(e) => {
                  e.stopPropagation();
                  row.reject();
                }}
                data-testid="wb-reject"
              >
                ✗
              </button>
            </span>
          </div>
        ))}
      </div>
    </div>
  );
}
