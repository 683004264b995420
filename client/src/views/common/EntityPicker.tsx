// Picks one actor for tracing: autocomplete over names and aliases, or the node selected on the canvas.
import { useEffect, useId, useState } from "react";
import { fetchSearch } from "../../api/endpoints";
import { describeError } from "../../api/errors";
import { appearanceAtom } from "../../core/appearance";
import { graphDatasetAtom } from "../../core/dataset";
import { nodeName } from "../../core/dataset/utils";
import { getEmptySearchState, hitLabel, hitsReceived, queryTyped, searchFailed } from "../../core/search/utils";
import { selectionAtom } from "../../core/selection";
import { useAtomValue } from "../../core/utils/useAtom";

interface Props {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  testId: string;
}

export function EntityPicker({ label, value, onChange, testId }: Props) {
  const [search, setSearch] = useState(getEmptySearchState);
  const [open, setOpen] = useState(false);
  const { selected } = useAtomValue(selectionAtom);
  const { language } = useAtomValue(appearanceAtom);
  const data = useAtomValue(graphDatasetAtom);
  const id = useId();
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

  const name = value && data.graph.hasNode(value) ? nodeName(data.graph.getNodeAttributes(value), language) : value;
  const selectedNode = selected?.kind === "node" ? selected.id : null;
  return (
    <div className="picker" data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      {value ? (
        <div className="picked">
          <span dir="auto" data-testid={`${testId}-value`}>
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
            type="search"
            dir="auto"
            placeholder="Type a name…"
            value={query}
            onChange={(e) => {
              setSearch(queryTyped(e.target.value));
              setOpen(true);
            }}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
            onFocus={() => setOpen(true)}
            data-testid={`${testId}-input`}
          />
          {open && search.hits.length > 0 && (
            <ul className="search-results">
              {search.hits.map((hit) => {
                const l = hitLabel(hit, language);
                return (
                  <li key={hit.id}>
                    <button
                      type="button"
                      className="hit"
                      data-testid={`${testId}-hit`}
                      data-id={hit.id}
                      onMouseDown={(e) => {
                        e.preventDefault();
                        setSearch(getEmptySearchState());
                        onChange(hit.id);
                      }}
                    >
                      <span className="hit-name" dir="auto">
                        {l.primary}
                      </span>
                      <span className="hit-type">{hit.type}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
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
