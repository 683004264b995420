// Picks an entity by name or alias in English or Arabic: the graph's (the search API) and the draft's new ones (the
// shared normaliser), or starts a new entity from what was typed.
import type { SearchHit } from "@domain/contracts/api";
import { normalizeKey } from "@domain/text/normalize";
import { useEffect, useId, useState } from "react";
import { fetchSearch } from "../../api/endpoints";
import { describeError } from "../../api/errors";
import { useAtomValue } from "../../core/utils/useAtom";
import { entityName, learnNames, workbenchAtom } from "../../core/workbench";

interface Props {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  /** The search to start with (the selected words). */
  initialQuery?: string;
  /** Offered as "+ New entity": called with what was typed. */
  onNew?: (query: string) => void;
  testId: string;
  autoFocus?: boolean;
}

interface Option {
  id: string;
  name: string;
  nameAr?: string | undefined;
  type: string;
  matched?: string | undefined;
  draft: boolean;
}

/** The draft's new entities whose name, Arabic name or an alias contains the query (both normalised). */
function draftMatches(
  query: string,
  entities: ReadonlyArray<{ id: string; name: string; nameAr?: string | undefined; aliases?: string[]; type: string }>,
): Option[] {
  const key = normalizeKey(query);
  if (key === "") return [];
  return entities
    .filter((e) =>
      [e.name, e.nameAr ?? "", ...(e.aliases ?? [])].some((n) => n !== "" && normalizeKey(n).includes(key)),
    )
    .map((e) => ({ id: e.id, name: e.name, nameAr: e.nameAr, type: e.type, draft: true }));
}

const fromHit = (h: SearchHit): Option => ({
  id: h.id,
  name: h.label,
  nameAr: h.labelAr,
  type: h.type,
  matched: h.matched,
  draft: false,
});

export function EntityChooser({ label, value, onChange, initialQuery = "", onNew, testId, autoFocus }: Props) {
  const state = useAtomValue(workbenchAtom);
  const [query, setQuery] = useState(initialQuery);
  const [hits, setHits] = useState<Option[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(initialQuery.trim() !== "");
  const inputId = useId();

  useEffect(() => {
    const q = query.trim();
    if (q === "" || value) {
      setHits([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetchSearch(q, { signal: controller.signal, limit: 8 }).then(
        (r) => {
          setHits(r.hits.map(fromHit));
          setError(null);
        },
        (e) => {
          if (!controller.signal.aborted) setError(describeError(e));
        },
      );
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, value]);

  const pick = (o: Option) => {
    learnNames({ [o.id]: { name: o.name, nameAr: o.nameAr, type: o.type } });
    onChange(o.id);
    setOpen(false);
  };

  if (value) {
    const known = state.names[value];
    return (
      <div className="wb-field" data-testid={testId}>
        <span className="wb-label">{label}</span>
        <div className="picked">
          <span dir="auto" data-testid={`${testId}-value`} data-id={value}>
            {entityName(value, state)}
            {known?.nameAr ? (
              <span className="muted" lang="ar">
                {" "}
                · {known.nameAr}
              </span>
            ) : null}
          </span>
          <span className="hit-type">{known?.type ?? ""}</span>
          <button type="button" className="icon" aria-label={`Clear ${label}`} onClick={() => onChange(null)}>
            ×
          </button>
        </div>
      </div>
    );
  }

  const own = draftMatches(query, state.edit?.entities ?? []);
  const options = [...own, ...hits.filter((h) => !own.some((o) => o.id === h.id))];
  return (
    <div className="wb-field picker-input" data-testid={testId}>
      <label className="wb-label" htmlFor={inputId}>
        {label}
      </label>
      <input
        id={inputId}
        type="search"
        dir="auto"
        placeholder="Name or alias, English or Arabic…"
        value={query}
        // biome-ignore lint/a11y/noAutofocus: the chooser opens because the researcher asked for it.
        autoFocus={autoFocus}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && options[0]) {
            e.preventDefault();
            pick(options[0]);
          }
        }}
        data-testid={`${testId}-input`}
      />
      {open && (options.length > 0 || (onNew && query.trim() !== "")) && (
        <ul className="search-results">
          {options.map((o) => (
            <li key={o.id}>
              <button
                type="button"
                className="hit"
                data-testid={`${testId}-hit`}
                data-id={o.id}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(o);
                }}
              >
                <span className="hit-name" dir="auto">
                  {o.name}
                </span>
                {o.nameAr && (
                  <span className="hit-alias" lang="ar" dir="rtl">
                    {o.nameAr}
                  </span>
                )}
                <span className="hit-type">{o.draft ? `${o.type} · new` : o.type}</span>
              </button>
            </li>
          ))}
          {onNew && query.trim() !== "" && (
            <li>
              <button
                type="button"
                className="hit new-entity"
                data-testid={`${testId}-new`}
                onMouseDown={(e) => {
                  e.preventDefault();
                  onNew(query.trim());
                }}
              >
                + New entity “<span dir="auto">{query.trim()}</span>”
              </button>
            </li>
          )}
        </ul>
      )}
      {error && <p className="error small">{error}</p>}
    </div>
  );
}

/** Several entities (who states a claim, what it is about): chips, and a chooser to add one. */
export function EntityList({
  label,
  ids,
  onChange,
  testId,
  hint,
}: {
  label: string;
  ids: string[];
  onChange: (ids: string[]) => void;
  testId: string;
  hint?: string;
}) {
  const state = useAtomValue(workbenchAtom);
  const [adding, setAdding] = useState(0);
  return (
    <div className="wb-field" data-testid={testId}>
      <span className="wb-label">{label}</span>
      <div className="chips">
        {ids.map((id) => (
          <span key={id} className="chip" data-id={id} dir="auto">
            {entityName(id, state)}
            <button
              type="button"
              className="icon"
              aria-label={`Remove ${entityName(id, state)}`}
              onClick={() => onChange(ids.filter((x) => x !== id))}
            >
              ×
            </button>
          </span>
        ))}
        {ids.length === 0 && hint && <span className="muted small">{hint}</span>}
      </div>
      <EntityChooser
        key={adding}
        label="Add"
        value={null}
        onChange={(id) => {
          if (id && !ids.includes(id)) onChange([...ids, id]);
          setAdding((n) => n + 1);
        }}
        testId={`${testId}-add`}
      />
    </div>
  );
}
