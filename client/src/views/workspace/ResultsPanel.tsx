// The last result as a graph (to put on the canvas, replacing or adding), a sortable table, or raw JSON; with a cap notice.
import { useEffect } from "react";
import { appearanceAtom } from "../../core/appearance";
import { useAtomValue } from "../../core/utils/useAtom";
import { markResultShown, showResultOnCanvas, workspaceAtom } from "../../core/workspace";
import type { ResultView } from "../../core/workspace/types";
import { describeResult, setView, truncationText } from "../../core/workspace/utils";
import { ResultGraph } from "./ResultGraph";
import { ResultTable } from "./ResultTable";

const VIEWS: { id: ResultView; label: string }[] = [
  { id: "graph", label: "Graph" },
  { id: "table", label: "Table" },
  { id: "json", label: "JSON" },
];

/** Past this many characters the JSON view shows the beginning only (the export has it all). */
const JSON_SHOWN = 400_000;

export function ResultsPanel() {
  const ws = useAtomValue(workspaceAtom);
  const { language } = useAtomValue(appearanceAtom);
  const result = ws.result;
  const drawsGraph = ws.view === "graph" && (result?.graph.nodes.length ?? 0) > 0;
  // The table, the JSON and the empty-graph note are on screen once rendered; the graph preview says so itself.
  useEffect(() => {
    if (result && !drawsGraph) markResultShown(result);
  }, [result, drawsGraph]);
  if (!result) {
    return (
      <div className="results empty" data-testid="results">
        <p className="muted">
          Run a query (<kbd>Ctrl</kbd>+<kbd>Enter</kbd>) to see its result as a graph, a table or JSON. Questions from
          the library are in the <em>Queries</em> tab.
        </p>
      </div>
    );
  }
  const json = ws.view === "json" ? JSON.stringify(result, null, 2) : "";
  // While the next query runs, this result is the previous query's: it is not put on the canvas under the new one.
  const stale = ws.status === "running";
  return (
    <div className="results" data-testid="results">
      <div className="results-head">
        <div className="tabs result-tabs" role="tablist" aria-label="Result views">
          {VIEWS.map((v) => (
            <button
              key={v.id}
              type="button"
              role="tab"
              aria-selected={ws.view === v.id}
              data-testid={`result-tab-${v.id}`}
              onClick={() => workspaceAtom.set(setView(v.id))}
            >
              {v.label}
            </button>
          ))}
        </div>
        <span className="muted result-summary" data-testid="result-summary">
          {describeResult(result)}
        </span>
      </div>
      {result.truncated && (
        <p className="truncated" role="status" data-testid="truncated-notice" data-reason={result.truncatedReason}>
          {truncationText(result)} Add a LIMIT or narrow the query; <em>Export → Query result, full (server)</em> writes
          every node and relationship of it.
        </p>
      )}
      {ws.view === "graph" && (
        <div className="result-graph-view">
          <div className="button-row">
            <button
              type="button"
              onClick={() => showResultOnCanvas("replace")}
              disabled={stale || result.graph.nodes.length === 0}
              data-testid="result-replace"
              title="Show only this result on the canvas"
            >
              Replace canvas
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => showResultOnCanvas("add")}
              disabled={stale || result.graph.nodes.length === 0}
              data-testid="result-add"
              title="Add this result to what the canvas shows"
            >
              Add to canvas
            </button>
          </div>
          {result.graph.nodes.length === 0 ? (
            <p className="muted pad">The result holds no nodes or relationships; see the table.</p>
          ) : (
            <ResultGraph
              graph={result.graph}
              language={language}
              onShown={(graph) => {
                if (graph === result.graph) markResultShown(result);
              }}
            />
          )}
        </div>
      )}
      {ws.view === "table" && <ResultTable columns={result.columns} rows={result.rows} />}
      {ws.view === "json" && (
        <pre className="result-json" data-testid="result-json">
          {json.length > JSON_SHOWN
            ? `${json.slice(0, JSON_SHOWN)}\n… (${json.length - JSON_SHOWN} more characters)`
            : json}
        </pre>
      )}
    </div>
  );
}
