// The right panel: details and evidence of the selected node or edge, or the traced path; folded to a rail when it
// has nothing to show or the user folds it, so the canvas gets the width.

import { useState } from "react";
import { unselect } from "../../core/exploration";
import { selectionAtom } from "../../core/selection";
import { traceAtom } from "../../core/trace";
import { activePath } from "../../core/trace/utils";
import { panelsAtom } from "../../core/ui";
import { detailsShown, setDetailsCollapsed } from "../../core/ui/utils";
import { useAtomValue } from "../../core/utils/useAtom";
import { TraceDetails } from "../trace/TraceDetails";
import { EdgeDetailsView } from "./EdgeDetailsView";
import { NodeDetailsView } from "./NodeDetailsView";

export function DetailsPanel() {
  const { selected } = useAtomValue(selectionAtom);
  const tracing = activePath(useAtomValue(traceAtom)) !== null;
  const panels = useAtomValue(panelsAtom);
  const [guide, setGuide] = useState(false);
  const hasContent = selected !== null || tracing;
  const shown = detailsShown(panels, hasContent) || (!hasContent && guide);

  if (!shown) {
    return (
      <aside className="details rail" aria-label="Details" data-testid="details-panel">
        {hasContent ? (
          <button
            type="button"
            className="icon rail-button"
            aria-label="Show the details panel"
            title="Show the details panel"
            onClick={() => panelsAtom.set(setDetailsCollapsed(false))}
            data-testid="expand-details"
          >
            ‹
          </button>
        ) : (
          <button
            type="button"
            className="icon rail-button"
            aria-label="How to explore"
            title="How to explore"
            onClick={() => setGuide(true)}
            data-testid="show-guide"
          >
            ?
          </button>
        )}
      </aside>
    );
  }

  return (
    <aside className="details open" aria-label="Details" data-testid="details-panel">
      <div className="details-tools">
        {hasContent && (
          <button
            type="button"
            className="icon"
            aria-label="Fold the details panel"
            title="Fold the panel (the selection stays)"
            onClick={() => panelsAtom.set(setDetailsCollapsed(true))}
            data-testid="collapse-details"
          >
            ›
          </button>
        )}
        <button
          type="button"
          className="icon"
          aria-label={selected ? "Close the details and clear the selection" : "Close the panel"}
          title={selected ? "Clear the selection (Esc)" : "Close"}
          onClick={() => (selected ? unselect() : setGuide(false))}
          data-testid="close-details"
        >
          ×
        </button>
      </div>
      {selected?.kind === "node" && <NodeDetailsView key={selected.id} id={selected.id} />}
      {selected?.kind === "edge" && <EdgeDetailsView key={selected.id} id={selected.id} />}
      {!selected && tracing && <TraceDetails />}
      {!hasContent && <Guide />}
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
          <strong>Double-click</strong> a node to expand its neighbors; undo with ↶ or <kbd>Ctrl</kbd>+<kbd>Z</kbd>.
        </li>
        <li>
          <strong>Trace</strong> how two actors connect in the Trace tab, with the chain of evidence.
        </li>
        <li>
          <strong>Filter</strong> by type, relation, source, attribution (e.g. claims sourced to SCMP) or period.
        </li>
      </ol>
      <p className="muted">
        Hover a node to light up its neighbors; hover an edge to read its relation. <kbd>Esc</kbd> clears the selection
        or closes a panel.
      </p>
    </div>
  );
}
