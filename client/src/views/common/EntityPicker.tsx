// Picks one entity by name or alias, English or Arabic (the search box's /api/search), or the selected node: a combobox.
import type { SearchHit } from "@domain/contracts/api";
import { type KeyboardEvent, useEffect, useId, useState } from "react";
import { fetchSearch } from "../../api/endpoints";
import { describeError } from "../../api/errors";
import { appearanceAtom } from "../../core/appearance";
import { graphDatasetAtom } from "../../core/dataset";
import { nodeName } from "../../core/dataset/utils";
import {
  getEmptySearchState,
  hitLabel,
  hitsReceived,
  moveActive,
  queryTyped,
  searchFailed,
} from "../../core/search/utils";
import { selectionAtom } from "../../core/selection";
import { useAtomValue } from "../../core/utils/useAtom";

interface Props {
  /** The field's visible and accessible label (e.g. "From", or a query parameter's name). */
  label: string;
  /** The chosen entity's id, or null. */
  value: string | null;
  onChange: (id: string | null) => void;
  /** Prefix of the parts' test ids: `-input`, `-hit` (with `data-id`), `-value`. */
  testId: string;
  /** What the empty field suggests typing. */
  placeholder?: string;
}

/**
 * An entity picker: typing asks the search the search box uses (names and aliases, either script) and lists hits by
 * name and type; ↑/↓ move through them, Enter or a click chooses, Escape closes the list. The chosen entity is shown
 * by name (× clears it); `onChange` receives its id.
 */
export function EntityPicker({ label, value, onChange, testId, placeholder }: Props) {
  const [search, setSearch] = useState(getEmptySearchState);
  const [open, setOpen] = useState(false);
  // Names of hits chosen here, for an entity that is not on the canvas.
  const [chosenNames, setChosenNames] = useState<Record<string, string>>({});
  const { selected } = useAtomValue(selectionAtom);
  const { language } = useAtomValue(appearanceAtom);
  const data = useAtomValue(graphDatasetAtom);
  const id = useId();
  const listId = `${id}-hits`;
  const query = search.query;

  useEffect(() => {
    if (query.trim() === "") return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetchSearch(query.trim(), { signal: controller.signal, limit: 8 }).then(
        (r) => setSearch(hitsReceived(query, r.hits)),
        (e) => {
          if (!controller.signal.aborted) setSearch(searchFailed(query, describeError(e)));
        },
      );
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const choose = (hit: SearchHit) => {
    setChosenNames((names) => ({ ...names, [hit.id]: hitLabel(hit, language).primary }));
    setSearch(getEmptySearchState());
    setOpen(false);
    onChange(hit.id);
  };

  const showList = open && search.hits.length > 0;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      setSearch(moveActive(event.key === "ArrowDown" ? 1 : -1));
    } else if (event.key === "Enter") {
      // Enter chooses the active hit; it never submits the form around the picker.
      event.preventDefault();
      const hit = search.hits[search.active];
      if (hit) choose(hit);
    } else if (event.key === "Escape" && showList) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  const name =
    value && data.graph.hasNode(value)
      ? nodeName(data.graph.getNodeAttributes(value), language)
      : value
        ? (chosenNames[value] ?? value)
        : null;
  const selectedNode = selected?.kind === "node" ? selected.id : null;
  return (
    <div className="picker" data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      {value ? (
        <div className="picked">
          <span dir="auto" data-testid={`${testId}-value`} title={value}>
            {name}
          </span>
          <button type="button" className="icon" aria-label={`Clear ${label}`} onClick={() => onChange(null)}>
            ×
          </button>
        </div>
      ) : (
        <div className="picker-input">
          <input
            id={id}
            type="text"
            role="combobox"
            aria-expanded={showList}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={showList && search.active >= 0 ? `${id}-hit-${search.active}` : undefined}
            autoComplete="off"
            dir="auto"
            placeholder={placeholder ?? "Type a name…"}
            value={query}
            onChange={(e) => {
              setSearch(queryTyped(e.target.value));
              setOpen(true);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
            onFocus={() => setOpen(true)}
            data-testid={`${testId}-input`}
          />
          {showList && (
            <div className="search-results" role="listbox" id={listId} aria-label={`${label}: matches`}>
              {search.hits.map((hit, i) => {
                const l = hitLabel(hit, language);
                return (
                  <div
                    key={hit.id}
                    tabIndex={-1}
                    id={`${id}-hit-${i}`}
                    role="option"
                    aria-selected={i === search.active}
                    className={i === search.active ? "hit active" : "hit"}
                    data-testid={`${testId}-hit`}
                    data-id={hit.id}
                    onMouseDown={(e) => {
                      e.preventDefault();
                      choose(hit);
                    }}
                  >
                    <span className="hit-name" dir="auto">
                      {l.primary}
                    </span>
                    {l.secondary && (
                      <span className="hit-alias" dir="auto">
                        {l.secondary}
                      </span>
                    )}
                    <span className="hit-type">{hit.type}</span>
                  </div>
                );
              })}
            </div>
          )}
          {search.status === "ready" && open && search.hits.length === 0 && <p className="muted">No match.</p>}
          {search.status === "error" && <p className="error">{search.error}</p>}
          {selectedNode && (
            <button type="button" className="link" onClick={() => onChange(selectedNode)}>
              use the selected node
            </button>
          )}
        </div>
      )}
    </div>
  );
}
