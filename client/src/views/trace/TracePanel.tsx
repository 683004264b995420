// Tracing: choose two actors, list the shortest path and its alternatives, and read the evidence chain out.
import { appearanceAtom } from "../../core/appearance";
import { graphDatasetAtom } from "../../core/dataset";
import { nodeName } from "../../core/dataset/utils";
import { unselect } from "../../core/exploration";
import { fitView } from "../../core/sigma/camera";
import { runTrace, traceAtom } from "../../core/trace";
import { chainSteps, clearTrace, setTraceFrom, setTraceTo, showPath, swapTraceEnds } from "../../core/trace/utils";
import { useAtomValue } from "../../core/utils/useAtom";
import { EntityPicker } from "../common/EntityPicker";
import { EvidenceChain } from "./EvidenceChain";

export function TracePanel() {
  const trace = useAtomValue(traceAtom);
  const data = useAtomValue(graphDatasetAtom);
  const { language } = useAtomValue(appearanceAtom);
  const result = trace.result;
  const wireLabels = new Map((result?.graph.nodes ?? []).map((n) => [n.key, n.attributes]));
  const labelOf = (id: string) => {
    const a = data.graph.hasNode(id) ? data.graph.getNodeAttributes(id) : wireLabels.get(id);
    return a ? nodeName(a, language) : id;
  };
  const namesOf = (id: string): string[] => {
    const a = data.graph.hasNode(id) ? data.graph.getNodeAttributes(id) : wireLabels.get(id);
    // A claim's "name" is its statement: no quote names it, so a hop through it is judged by its other end.
    if (!a || a.kind === "claim") return [];
    return [a.label, ...(a.labelAr ? [a.labelAr] : []), ...(a.aliases ?? [])];
  };
  return (
    <div className="panel-section trace" data-testid="trace-panel">
      <h2>Trace a connection</h2>
      <p className="muted">
        How are two actors linked? The explorer finds the shortest paths and the quotes behind them.
      </p>
      <EntityPicker
        label="From"
        value={trace.from}
        onChange={(id) => traceAtom.set(setTraceFrom(id))}
        testId="trace-from"
      />
      <button
        type="button"
        className="link swap"
        onClick={() => traceAtom.set(swapTraceEnds())}
        disabled={!trace.from && !trace.to}
      >
        ⇅ swap
      </button>
      <EntityPicker label="To" value={trace.to} onChange={(id) => traceAtom.set(setTraceTo(id))} testId="trace-to" />
      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={!trace.from || !trace.to || trace.status === "loading"}
          onClick={() =>
            void runTrace().then(() => {
              // An earlier selection would stay lit beside the paths as if it were part of them.
              if (traceAtom.get().status === "ready") unselect();
              fitView();
            })
          }
          data-testid="trace-run"
        >
          {trace.status === "loading" ? "Tracing…" : "Trace"}
        </button>
        {(trace.result || trace.from || trace.to) && (
          <button type="button" onClick={() => traceAtom.set(clearTrace())}>
            Clear
          </button>
        )}
      </div>
      {trace.status === "error" && (
        <p className="error" role="alert">
          {trace.error}
        </p>
      )}
      {result && result.paths.length === 0 && (
        <p className="muted" data-testid="trace-none">
          No path of up to the allowed length connects them through entity relations.
        </p>
      )}
      {result && result.paths.length > 0 && (
        <>
          <h3>
            {result.paths.length} {result.paths.length === 1 ? "path" : "paths"}
          </h3>
          <ol className="paths" data-testid="trace-paths">
            {result.paths.map((p, i) => (
              <li key={p.steps.map((s) => s.key).join(">")}>
                <button
                  type="button"
                  className={i === trace.active ? "path active" : "path"}
                  aria-pressed={i === trace.active}
                  onClick={() => traceAtom.set(showPath(i))}
                >
                  <span dir="auto">{p.nodes.map(labelOf).join(" · ")}</span>
                  <span className="count">{p.length} hops</span>
                </button>
              </li>
            ))}
          </ol>
          {result.paths[trace.active] && (
            <EvidenceChain
              steps={chainSteps(
                result.paths[trace.active] as NonNullable<(typeof result.paths)[number]>,
                labelOf,
                namesOf,
              )}
            />
          )}
        </>
      )}
    </div>
  );
}
