// What can be done with a node: expand (and show more), collapse, focus on it, trace from or to it.
import { graphDatasetAtom } from "../../core/dataset";
import { nodesToCollapse } from "../../core/dataset/utils";
import { collapseNode, expandNode, focusOnNode } from "../../core/exploration/index";
import { notify } from "../../core/notices";
import { openSource } from "../../core/reader";
import { traceAtom } from "../../core/trace";
import { setTraceFrom, setTraceTo } from "../../core/trace/utils";
import { panelsAtom, sidebarTabAtom } from "../../core/ui";
import { setSidebarOpen } from "../../core/ui/utils";
import { useAtomValue } from "../../core/utils/useAtom";

export function NodeActions({ id, name, kind }: { id: string; name: string; kind: string }) {
  const data = useAtomValue(graphDatasetAtom);
  const expansion = data.expansions[id];
  const collapsible = nodesToCollapse(data, id).length > 0;
  const trace = (end: "from" | "to") => {
    traceAtom.set(end === "from" ? setTraceFrom(id) : setTraceTo(id));
    sidebarTabAtom.set("trace");
    panelsAtom.set(setSidebarOpen(true));
    notify(`Tracing ${end} ${name}: pick the other actor in the Trace tab.`);
  };
  return (
    <div className="node-actions button-row">
      {kind === "source" && (
        <button type="button" className="primary" onClick={() => void openSource(id)} data-testid="read-source">
          Read the source
        </button>
      )}
      <button type="button" onClick={() => void expandNode(id)} data-testid="expand">
        {expansion?.hasMore ? `Show more (${(expansion.total ?? 0) - expansion.loaded} left)` : "Expand neighbors"}
      </button>
      <button type="button" disabled={!collapsible} onClick={() => collapseNode(id)} data-testid="collapse">
        Collapse
      </button>
      <button type="button" onClick={() => void focusOnNode(id)} title="Show only this node and its neighbors">
        Focus
      </button>
      <button type="button" onClick={() => trace("from")} data-testid="trace-from">
        Trace from
      </button>
      <button type="button" onClick={() => trace("to")} data-testid="trace-to">
        Trace to
      </button>
    </div>
  );
}
