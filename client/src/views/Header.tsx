// The top bar: the tools toggle, name, the search box, the label language toggle, undo/redo, Cypher, export and link.
import { appearanceAtom } from "../core/appearance";
import { setLanguage } from "../core/appearance/utils";
import { loadOverview } from "../core/exploration/index";
import { historyAtom, redo, undo } from "../core/history";
import { canRedo, canUndo } from "../core/history/utils";
import { panelsAtom } from "../core/ui";
import { toggleSidebar } from "../core/ui/utils";
import { useAtomValue } from "../core/utils/useAtom";
import { SearchBox } from "./search/SearchBox";
import { WorkbenchButton } from "./workbench/WorkbenchLayer";
import { HeaderTools } from "./workspace/HeaderTools";

export function Header() {
  const { language } = useAtomValue(appearanceAtom);
  const history = useAtomValue(historyAtom);
  const { sidebarOpen } = useAtomValue(panelsAtom);
  const undoable = canUndo(history);
  const redoable = canRedo(history);
  return (
    <header className="header">
      <button
        type="button"
        className="icon sidebar-toggle"
        aria-expanded={sidebarOpen}
        aria-controls="tools-panel"
        aria-label={sidebarOpen ? "Hide the tools panel" : "Show the tools panel"}
        title={sidebarOpen ? "Hide filters, trace, layout and queries" : "Filters, trace, layout and queries"}
        onClick={() => panelsAtom.set(toggleSidebar())}
        data-testid="toggle-sidebar"
      >
        ☰
      </button>
      <h1 className="brand">
        kg-explorer <span className="tagline">every edge traced to its words</span>
      </h1>
      <SearchBox />
      <fieldset className="segmented" aria-label="Label language">
        <button
          type="button"
          aria-pressed={language === "en"}
          onClick={() => appearanceAtom.set(setLanguage("en"))}
          data-testid="lang-en"
          title="Label the graph in English"
        >
          <span className="wide-only">English</span>
          <span className="narrow-only" aria-hidden="true">
            EN
          </span>
        </button>
        <button
          type="button"
          lang="ar"
          dir="rtl"
          aria-pressed={language === "ar"}
          onClick={() => appearanceAtom.set(setLanguage("ar"))}
          data-testid="lang-ar"
          title="Label the graph in Arabic"
        >
          العربية
        </button>
      </fieldset>
      <div className="history-buttons">
        <button
          type="button"
          onClick={undo}
          disabled={!undoable}
          title={undoable ? `Undo: ${undoable.label} (Ctrl+Z)` : "Nothing to undo"}
          data-testid="undo"
        >
          ↶<span className="button-label"> Undo</span>
        </button>
        <button
          type="button"
          onClick={redo}
          disabled={!redoable}
          title={redoable ? `Redo: ${redoable.label} (Ctrl+Shift+Z)` : "Nothing to redo"}
          data-testid="redo"
        >
          ↷<span className="button-label"> Redo</span>
        </button>
        <button
          type="button"
          onClick={() => void loadOverview({ record: true })}
          title="Reload the whole graph"
          data-testid="overview"
        >
          ⟳<span className="button-label"> Overview</span>
        </button>
      </div>
      <WorkbenchButton />
      <HeaderTools />
    </header>
  );
}
