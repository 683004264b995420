// The status line: what is shown out of what is loaded, the server's cap, and what is being fetched.
import { visibleAtom } from "../core/chain/index";
import { busyAtom, graphDatasetAtom } from "../core/dataset";
import { filtersAtom } from "../core/filters";
import { isFiltering } from "../core/filters/utils";
import { useAtomValue } from "../core/utils/useAtom";

export function StatusBar() {
  const data = useAtomValue(graphDatasetAtom);
  const visible = useAtomValue(visibleAtom);
  const filters = useAtomValue(filtersAtom);
  const busy = useAtomValue(busyAtom);
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span>
        Showing {visible.nodes.size} of {data.graph.order} nodes, {visible.edges.size} of {data.graph.size} edges
        {isFiltering(filters) ? " (filtered)" : ""}
      </span>
      {data.truncated && (
        <span className="warn">
          The server capped the overview at {data.graph.order} of {data.totals.nodes} nodes: double-click a node to
          expand it.
        </span>
      )}
      <span className="hint">Click: details · Double-click: expand · Drag: move a node</span>
      {busy && <span className="busy">{busy}</span>}
    </footer>
  );
}
