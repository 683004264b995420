// Layout controls: ForceAtlas2 (web worker) start/stop, noverlap, circular, and saving the layout in this browser.
import {
  forgetSavedLayout,
  layoutAtom,
  restoreSavedLayout,
  runCircular,
  runInitialLayout,
  runNoverlap,
  saveLayout,
  startForceAtlas2,
  stopForceAtlas2,
} from "../../core/layout";
import { notify } from "../../core/notices";
import { fitView } from "../../core/sigma/camera";
import { useAtomValue } from "../../core/utils/useAtom";

export function LayoutPanel() {
  const layout = useAtomValue(layoutAtom);
  return (
    <div className="panel-section">
      <h2>Force-directed</h2>
      <p className="muted">ForceAtlas2 runs in a background worker; stop it when the picture settles.</p>
      <div className="button-row">
        {layout.running ? (
          <button type="button" className="primary" onClick={stopForceAtlas2} data-testid="fa2-stop">
            ■ Stop ForceAtlas2
          </button>
        ) : (
          <button type="button" className="primary" onClick={startForceAtlas2} data-testid="fa2-start">
            ▶ Start ForceAtlas2
          </button>
        )}
        {layout.running && (
          <span className="running">
            <span className="running-dot" /> running
          </span>
        )}
      </div>
      <h2>One-shot layouts</h2>
      <div className="button-row">
        <button type="button" onClick={runNoverlap} title="Push overlapping nodes apart">
          Noverlap
        </button>
        <button type="button" onClick={runCircular}>
          Circular
        </button>
        <button
          type="button"
          onClick={() => {
            runInitialLayout();
            fitView();
          }}
        >
          Reset
        </button>
      </div>
      <h2>Keep this layout</h2>
      <p className="muted">
        {layout.savedAt
          ? `Saved in this browser on ${new Date(layout.savedAt).toLocaleString()}; it is restored on your next visit.`
          : "Save the positions in this browser to find them again on your next visit."}
      </p>
      <div className="button-row">
        <button
          type="button"
          onClick={() => {
            saveLayout();
            notify("Layout saved in this browser.");
          }}
          data-testid="layout-save"
        >
          Save layout
        </button>
        <button
          type="button"
          disabled={!layout.savedAt}
          onClick={() => {
            if (restoreSavedLayout()) notify("Saved layout restored.");
          }}
        >
          Restore
        </button>
        <button type="button" disabled={!layout.savedAt} onClick={forgetSavedLayout}>
          Forget
        </button>
      </div>
    </div>
  );
}
