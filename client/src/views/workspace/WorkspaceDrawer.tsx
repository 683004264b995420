// The Cypher workspace under the canvas: the editor and its JSON parameters on the left, the result on the right.
import "./workspace.css";
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from "react";
import { useAtomValue } from "../../core/utils/useAtom";
import { loadSchema, runQuery, saveFavourite, workspaceAtom } from "../../core/workspace";
import { offsetAt, parseParamsText, queryParamNames } from "../../core/workspace/params";
import { suggestName } from "../../core/workspace/storage";
import { errorCleared, setOpen, setParamsText, setQuery } from "../../core/workspace/utils";
import { CypherEditor } from "./CypherEditor";
import { DrawerResizeHandle } from "./DrawerResizeHandle";
import { FavouriteNameForm } from "./FavouriteNameForm";
import { ResultsPanel } from "./ResultsPanel";

export function WorkspaceDrawer() {
  const ws = useAtomValue(workspaceAtom);
  const params = useRef<HTMLTextAreaElement>(null);
  // `$` offers the parameters given (the JSON under the editor) first, then those the query already names.
  const parameters = useMemo(() => {
    const given = parseParamsText(ws.paramsText);
    return [...new Set([...(given.ok ? Object.keys(given.value) : []), ...queryParamNames(ws.query)])];
  }, [ws.query, ws.paramsText]);

  useEffect(() => {
    void loadSchema();
  }, []);

  const error = ws.error;
  const queryError =
    error?.in === "query" && error.position ? { position: error.position, message: error.message } : null;

  useEffect(() => {
    const area = params.current;
    if (!area || error?.in !== "params" || !error.position) return;
    const offset = offsetAt(area.value, error.position);
    area.focus();
    area.setSelectionRange(offset, Math.min(area.value.length, offset + 1));
  }, [error]);

  const run = () => void runQuery();
  const onParamsKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  };
  // ☆ Save opens a form in the page to name the favourite.
  const [naming, setNaming] = useState(false);

  return (
    <section className="cypher-drawer" aria-label="Cypher workspace" data-testid="cypher-drawer">
      <DrawerResizeHandle />
      <div className="drawer-head">
        <h2>Cypher</h2>
        <button
          type="button"
          className="primary"
          onClick={run}
          disabled={ws.status === "running"}
          data-testid="cypher-run"
          title="Run (Ctrl+Enter)"
        >
          ▶ Run
        </button>
        <span className="muted hint">
          <kbd>Ctrl</kbd>+<kbd>Enter</kbd> runs · <kbd>Ctrl</kbd>+<kbd>Space</kbd> completes labels, types and keys
        </span>
        {ws.status === "running" && (
          <span className="running" data-testid="cypher-running">
            <span className="running-dot" /> Running…
          </span>
        )}
        {ws.status === "done" && ws.shown && (
          <span className="muted" role="status" data-testid="cypher-done">
            ✓ Done
          </span>
        )}
        <button
          type="button"
          onClick={() => setNaming(!naming)}
          title="Save the query and its parameters"
          aria-label="Save the query to your favourites"
          aria-expanded={naming}
          data-testid="save-favourite"
        >
          ☆ Save
        </button>
        <button
          type="button"
          className="icon"
          aria-label="Close the Cypher workspace"
          title="Close"
          onClick={() => workspaceAtom.set(setOpen(false))}
        >
          ×
        </button>
      </div>
      {naming && (
        <FavouriteNameForm
          label="Favourite name"
          initial={suggestName(ws.query)}
          submitLabel="Save favourite"
          onSubmit={(name) => {
            const problem = saveFavourite(name);
            if (!problem) setNaming(false);
            return problem;
          }}
          onCancel={() => setNaming(false)}
          testId="favourite-form"
        />
      )}
      <div className="drawer-body">
        <div className="drawer-editor">
          <CypherEditor
            value={ws.query}
            onChange={(value) => {
              workspaceAtom.set(setQuery(value));
              if (ws.error?.in === "query") workspaceAtom.set(errorCleared());
            }}
            onRun={run}
            schema={ws.schema}
            parameters={parameters}
            error={queryError}
            running={ws.status === "running"}
          />
          <label className="params-label" htmlFor="cypher-params">
            Parameters{" "}
            <span className="muted">
              (JSON{parameters.length > 0 ? `: ${parameters.map((p) => `$${p}`).join(", ")}` : ""})
            </span>
          </label>
          <textarea
            id="cypher-params"
            ref={params}
            className="params-input"
            data-testid="params-input"
            value={ws.paramsText}
            placeholder='{"entityId": "org:deepseek"}'
            spellCheck={false}
            aria-invalid={error?.in === "params"}
            onChange={(e) => {
              workspaceAtom.set(setParamsText(e.target.value));
              if (ws.error?.in === "params") workspaceAtom.set(errorCleared());
            }}
            onKeyDown={onParamsKey}
          />
          {error && (
            <div className="error-box cypher-error" role="alert" data-testid="cypher-error" data-code={error.code}>
              <strong>{error.code}</strong>
              {error.position && (
                <span className="muted">
                  {" "}
                  {error.in === "params" ? "parameters, " : ""}line {error.position.line}, column{" "}
                  {error.position.column}
                </span>
              )}
              <p>{error.message}</p>
            </div>
          )}
        </div>
        <ResultsPanel />
      </div>
    </section>
  );
}
