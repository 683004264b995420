// The right panel: details and evidence of the selected node or edge, or a short guide when nothing is selected.

import { unselect } from "../../core/exploration";
import { selectionAtom } from "../../core/selection";
import { traceAtom } from "../../core/trace";
import { activePath } from "../../core/trace/utils";
import { useAtomValue } from "../../core/utils/useAtom";
import { TraceDetails } from "../trace/TraceDetails";
import { EdgeDetailsView } from "./EdgeDetailsView";
import { NodeDetailsView } from "./NodeDetailsView";

export function DetailsPanel() {
  const { selected } = useAtomValue(selectionAtom);
  const tracing = activePath(useAtomValue(traceAtom)) !== null;
  return (
    <aside className="details" aria-label="Details" data-testid="details-panel">
      {selected && (
        <button type="button" className="icon close" aria-label="Close details" onClick={unselect}>
          ×
        </button>
      )}
      {selected?.kind === "node" && <NodeDetailsView key={selected.id} id={selected.id} />}
      {selected?.kind === "edge" && <EdgeDetailsView key={selected.id} id={selected.id} />}
      {!selected && tracing && <TraceDetails />}
      {!selected && !tracing && <Guide />}
    </aside>
  );
}

function Guide() {
  return (
    <div className="guide">
      <h2>Explore the evidence</h2>
      <ol>
        <li>
          <strong>Find</strong> an actor with the search box, in English or Arabic (try “Zhao” or “تشاو”).
        </li>
        <li>
          <strong>Click</strong> a node or an edge to see its claims and every quote behind it, highlighted in the
          source.
        </li>
        <li>
          <strong>Double-click</strong> a node to expand its neighbors; undo with ↶.
        </li>
        <li>
          <strong>Trace</strong> how two actors connect in the Trace tab, with the chain of evidence.
        </li>
        <li>
          <strong>Filter</strong> by type, relation, source, attribution (e.g. claims sourced to SCMP) or period.
        </li>
      </ol>
      <p className="muted">Hover a node to light up its neighbors; hover an edge to read its relation.</p>
    </div>
  );
}
