// The left panel: filters, claim groups, tracing, layout and the query library, one tab at a time; folds away from the header.
import { type KeyboardEvent, useRef } from "react";
import { panelsAtom, type SidebarTab, sidebarTabAtom } from "../core/ui";
import { useAtomValue } from "../core/utils/useAtom";
import { ClaimsPanel } from "./claims/ClaimsPanel";
import { FiltersPanel } from "./filters/FiltersPanel";
import { LayoutPanel } from "./layout/LayoutPanel";
import { TracePanel } from "./trace/TracePanel";
import { QueriesPanel } from "./workspace/QueriesPanel";

const TABS: readonly { id: SidebarTab; label: string }[] = [
  { id: "filters", label: "Filters" },
  { id: "claims", label: "Claims" },
  { id: "trace", label: "Trace" },
  { id: "layout", label: "Layout" },
  { id: "queries", label: "Queries" },
];

export function Sidebar() {
  const tab = useAtomValue(sidebarTabAtom);
  const { sidebarOpen } = useAtomValue(panelsAtom);
  const list = useRef<HTMLDivElement>(null);
  if (!sidebarOpen) return null;
  // The tab list as WAI-ARIA describes it: one tab stop, arrow keys move between tabs.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    const index = TABS.findIndex((t) => t.id === tab);
    const next =
      event.key === "Home"
        ? 0
        : event.key === "End"
          ? TABS.length - 1
          : step !== 0
            ? (index + step + TABS.length) % TABS.length
            : -1;
    const target = TABS[next];
    if (!target) return;
    event.preventDefault();
    sidebarTabAtom.set(target.id);
    list.current?.querySelector<HTMLButtonElement>(`#tab-${target.id}`)?.focus();
  };
  return (
    <nav className="sidebar" id="tools-panel" aria-label="Tools" data-testid="sidebar">
      <div className="tabs" role="tablist" aria-label="Tools" ref={list} onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
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
