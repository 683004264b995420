// The top bar: name, the search box, the label language toggle, undo/redo of graph changes, Cypher, export and link.
import { appearanceAtom } from "../core/appearance";
import { setLanguage } from "../core/appearance/utils";
import { loadOverview } from "../core/exploration/index";
import { historyAtom, redo, undo } from "../core/history";
import { canRedo, canUndo } from "../core/history/utils";
import { useAtomValue } from "../core/utils/useAtom";
import { canvasStepsAtom } from "../core/workspace";
import { SearchBox } from "./search/SearchBox";
import { WorkbenchButton } from "./workbench/WorkbenchLayer";
import { HeaderTools } from "./workspace/HeaderTools";

export function Header() {
  const { language } = useAtomValue(appearanceAtom);
  const history = useAtomValue(historyAtom);
  const undoable = canUndo(history);
  const redoable = canRedo(history);
  return (
    <header className="header">
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
        >
          English
        </button>
        <button
          type="button"
          lang="ar"
          dir="rtl"
          aria-pressed={language === "ar"}
          onClick={() => appearanceAtom.set(setLanguage("ar"))}
          data-testid="lang-ar"
        >
          العربية
        </button>
      </fieldset>
      <div className="history-buttons">
        <button
          type="button"
          onClick={undo}
          disabled={!undoable}
          title={undoable ? `Undo: ${undoable.label}` : "Nothing to undo"}
          data-testid="undo"
        >
          ↶ Undo
        </button>
        <button
          type="button"
          onClick={redo}
          disabled={!redoable}
          title={redoable ? `Redo: ${redoable.label}` : "Nothing to redo"}
          data-testid="redo"
        >
          ↷ Redo
        </button>
        <button
          type="button"
          onClick={() => {
            canvasStepsAtom.set([]);
            void loadOverview({ record: true });
          }}
          title="Reload the whole graph"
        >
          ⟳ Overview
        </button>
      </div>
      <WorkbenchButton />
      <HeaderTools />
    </header>
  );
}
