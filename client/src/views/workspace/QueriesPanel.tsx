// The Queries tab: the cypher/queries/ library as one-click questions with parameter forms, favourites and history.

import type { QueryDefinition } from "@domain/queries/queryDefinition";
import { useEffect, useState } from "react";
import { useAtomValue } from "../../core/utils/useAtom";
import { clearHistory, loadLibrary, removeFavourite, runQuery, workspaceAtom } from "../../core/workspace";
import { formDefaults, paramsFromForm } from "../../core/workspace/params";
import { suggestName } from "../../core/workspace/storage";
import type { QueryRun } from "../../core/workspace/types";
import { runLoaded } from "../../core/workspace/utils";

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
          {definition.params.map((p) => (
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
          ))}
          <button type="submit" className="primary">
            Run
          </button>
        </form>
      )}
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
            <li key={f.name}>
              <button type="button" className="link" onClick={() => loadAndRun(f)} title={f.query}>
                {f.name}
              </button>
              <button
                type="button"
                className="icon"
                aria-label={`Remove ${f.name}`}
                onClick={() => removeFavourite(f.name)}
              >
                ×
              </button>
            </li>
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
