// The Queries tab: the cypher/queries/ library as one-click questions with parameter forms, favourites and history.

import type { QueryDefinition } from "@domain/queries/queryDefinition";
import { useEffect, useState } from "react";
import { useAtomValue } from "../../core/utils/useAtom";
import {
  clearHistory,
  loadLibrary,
  removeFavourite,
  renameFavourite,
  runQuery,
  workspaceAtom,
} from "../../core/workspace";
import { formDefaults, isEntityParam, paramsFromForm } from "../../core/workspace/params";
import { suggestName } from "../../core/workspace/storage";
import type { Favourite, QueryRun } from "../../core/workspace/types";
import { runLoaded } from "../../core/workspace/utils";
import { EntityPicker } from "../common/EntityPicker";
import { FavouriteNameForm } from "./FavouriteNameForm";

/** Puts a query into the workspace and runs it. */
function loadAndRun(run: QueryRun): void {
  workspaceAtom.set(runLoaded(run));
  void runQuery();
}

function LibraryQuestion({ definition }: { definition: QueryDefinition }) {
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(() => formDefaults(definition));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const run = () => {
    const parsed = paramsFromForm(definition, values);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      setOpen(true);
      return;
    }
    setErrors({});
    loadAndRun({ query: definition.cypher, params: parsed.params });
  };
  return (
    <li className="library-item" data-testid="library-item" data-id={definition.id}>
      <button
        type="button"
        className="link library-title"
        onClick={() => {
          setOpen(true);
          run();
        }}
        title={definition.description}
        data-testid="library-query"
      >
        {definition.title}
      </button>
      {definition.params.length > 0 && (
        <button
          type="button"
          className="icon"
          aria-expanded={open}
          aria-label={open ? "Hide the parameters" : "Show the parameters"}
          onClick={() => setOpen(!open)}
        >
          {open ? "▾" : "▸"}
        </button>
      )}
      {open && (
        <form
          className="library-form"
          onSubmit={(e) => {
            e.preventDefault();
            run();
          }}
        >
          <p className="muted">{definition.description}</p>
          {definition.params.map((p) =>
            isEntityParam(p) ? (
              // An entity's id is picked by name, never typed: the same search as the search box.
              <div key={p.name} className="library-field" data-testid="library-param" data-name={p.name}>
                <EntityPicker
                  label={p.name}
                  value={values[p.name] || null}
                  onChange={(id) => setValues({ ...values, [p.name]: id ?? "" })}
                  testId={`library-pick-${p.name}`}
                  placeholder={`Type a name${p.optional ? " (optional)" : ""}: ${p.description}`}
                />
                {errors[p.name] && <span className="error">{errors[p.name]}</span>}
              </div>
            ) : (
              <label key={p.name} className="library-field">
                <span>
                  {p.name}{" "}
                  <span className="muted">
                    ({p.type}
                    {p.optional ? ", optional" : ""})
                  </span>
                </span>
                <input
                  type="text"
                  value={values[p.name] ?? ""}
                  placeholder={p.description}
                  title={p.description}
                  dir="auto"
                  aria-invalid={errors[p.name] !== undefined}
                  data-testid="library-param"
                  data-name={p.name}
                  onChange={(e) => setValues({ ...values, [p.name]: e.target.value })}
                />
                {errors[p.name] && <span className="error">{errors[p.name]}</span>}
              </label>
            ),
          )}
          <button type="submit" className="primary">
            Run
          </button>
        </form>
      )}
    </li>
  );
}

/** One favourite: its name opens and runs it; Rename names it again in place; Delete removes it. */
function FavouriteItem({ favourite }: { favourite: Favourite }) {
  const [renaming, setRenaming] = useState(false);
  const { name } = favourite;
  if (renaming) {
    return (
      <li>
        <FavouriteNameForm
          label={`New name for ${name}`}
          initial={name}
          submitLabel="Rename"
          onSubmit={(to) => {
            const problem = renameFavourite(name, to);
            if (!problem) setRenaming(false);
            return problem;
          }}
          onCancel={() => setRenaming(false)}
          testId="favourite-rename"
        />
      </li>
    );
  }
  return (
    <li>
      <button type="button" className="link" onClick={() => loadAndRun(favourite)} title={favourite.query}>
        {name}
      </button>
      <span className="favourite-actions">
        <button
          type="button"
          className="icon"
          aria-label={`Rename ${name}`}
          title="Rename"
          onClick={() => setRenaming(true)}
        >
          ✎
        </button>
        <button
          type="button"
          className="icon"
          aria-label={`Delete ${name}`}
          title="Delete"
          onClick={() => removeFavourite(name)}
        >
          ×
        </button>
      </span>
    </li>
  );
}

export function QueriesPanel() {
  const ws = useAtomValue(workspaceAtom);
  useEffect(() => {
    void loadLibrary();
  }, []);
  return (
    <section className="panel-section queries-panel" data-testid="queries-panel">
      <h2>Questions</h2>
      <p className="muted">One click runs a saved question with its example; ▸ changes the values.</p>
      {ws.library.length === 0 ? (
        <p className="muted">Loading the library…</p>
      ) : (
        <ul className="library">
          {ws.library.map((q) => (
            <LibraryQuestion key={q.id} definition={q} />
          ))}
        </ul>
      )}
      <h2>Favourites</h2>
      {ws.favourites.length === 0 ? (
        <p className="muted">☆ Save in the Cypher workspace keeps a query and its parameters here.</p>
      ) : (
        <ul className="saved-list" data-testid="favourites">
          {ws.favourites.map((f) => (
            <FavouriteItem key={f.name} favourite={f} />
          ))}
        </ul>
      )}
      <div className="panel-head">
        <h2>History</h2>
        {ws.history.length > 0 && (
          <button type="button" className="link" onClick={clearHistory}>
            Clear
          </button>
        )}
      </div>
      {ws.history.length === 0 ? (
        <p className="muted">Queries you run are kept here, in this browser.</p>
      ) : (
        <ul className="saved-list" data-testid="history">
          {ws.history.map((h) => (
            <li key={`${h.at}:${h.query}`}>
              <button
                type="button"
                className="link"
                onClick={() => workspaceAtom.set(runLoaded(h))}
                title={`${h.query}\n\nRun ${new Date(h.at).toLocaleString()}`}
              >
                {suggestName(h.query)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
