// The left panel: filters, claim groups, tracing, layout and the query library, one tab at a time.
import { sidebarTabAtom } from "../core/ui";
import { useAtomValue } from "../core/utils/useAtom";
import { ClaimsPanel } from "./claims/ClaimsPanel";
import { FiltersPanel } from "./filters/FiltersPanel";
import { LayoutPanel } from "./layout/LayoutPanel";
import { TracePanel } from "./trace/TracePanel";
import { QueriesPanel } from "./workspace/QueriesPanel";

const TABS = [
  { id: "filters", label: "Filters" },
  { id: "claims", label: "Claims" },
  { id: "trace", label: "Trace" },
  { id: "layout", label: "Layout" },
  { id: "queries", label: "Queries" },
] as const;

export function Sidebar() {
  const tab = useAtomValue(sidebarTabAtom);
  return (
    <nav className="sidebar" aria-label="Tools">
      <div className="tabs" role="tablist">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            data-testid={`tab-${t.id}`}
            onClick={() => sidebarTabAtom.set(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === "filters" && <FiltersPanel />}
        {tab === "claims" && <ClaimsPanel />}
        {tab === "trace" && <TracePanel />}
        {tab === "layout" && <LayoutPanel />}
        {tab === "queries" && <QueriesPanel />}
      </div>
    </nav>
  );
}
