// Layout controls: ForceAtlas2 (web worker) start/stop and its settings, noverlap, circular, saving the layout in this
// browser; every layout is a step Undo takes back.
import {
  forgetSavedLayout,
  layoutAtom,
  restoreSavedLayout,
  runCircular,
  runForceAtlas2Iterations,
  runInitialLayout,
  runNoverlap,
  saveLayout,
  setFa2Settings,
  startForceAtlas2,
  stopForceAtlas2,
} from "../../core/layout";
import { FA2_BOUNDS } from "../../core/layout/utils";
import { notify } from "../../core/notices";
import { fitView } from "../../core/sigma/camera";
import { useAtomValue } from "../../core/utils/useAtom";

function NumberSetting(props: {
  label: string;
  value: number;
  bounds: { min: number; max: number };
  step: number;
  testId: string;
  onChange(value: number): void;
}) {
  return (
    <label className="setting">
      <span>{props.label}</span>
      <input
        type="number"
        min={props.bounds.min}
        max={props.bounds.max}
        step={props.step}
        value={props.value}
        data-testid={props.testId}
        onChange={(e) => {
          const value = e.currentTarget.valueAsNumber;
          if (Number.isFinite(value)) props.onChange(value);
        }}
      />
    </label>
  );
}

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
      <fieldset className="fa2-settings" data-testid="fa2-settings">
        <legend>ForceAtlas2 settings</legend>
        <NumberSetting
          label="Gravity"
          value={layout.fa2.gravity}
          bounds={FA2_BOUNDS.gravity}
          step={0.1}
          testId="fa2-gravity"
          onChange={(gravity) => setFa2Settings({ gravity })}
        />
        <NumberSetting
          label="Scaling"
          value={layout.fa2.scalingRatio}
          bounds={FA2_BOUNDS.scalingRatio}
          step={1}
          testId="fa2-scaling"
          onChange={(scalingRatio) => setFa2Settings({ scalingRatio })}
        />
        <label className="setting">
          <span>Barnes–Hut</span>
          <select
            value={layout.fa2.barnesHutOptimize === null ? "auto" : layout.fa2.barnesHutOptimize ? "on" : "off"}
            data-testid="fa2-barnes-hut"
            onChange={(e) =>
              setFa2Settings({
                barnesHutOptimize: e.currentTarget.value === "auto" ? null : e.currentTarget.value === "on",
              })
            }
          >
            <option value="auto">by graph size</option>
            <option value="on">on</option>
            <option value="off">off</option>
          </select>
        </label>
        <NumberSetting
          label="Iterations"
          value={layout.fa2.iterations}
          bounds={FA2_BOUNDS.iterations}
          step={50}
          testId="fa2-iterations"
          onChange={(iterations) => setFa2Settings({ iterations })}
        />
        <button type="button" onClick={runForceAtlas2Iterations} data-testid="fa2-run-iterations">
          Run {layout.fa2.iterations} iterations
        </button>
      </fieldset>
      <h2>One-shot layouts</h2>
      <div className="button-row">
        <button type="button" onClick={runNoverlap} title="Push overlapping nodes apart" data-testid="layout-noverlap">
          Noverlap
        </button>
        <button type="button" onClick={runCircular} data-testid="layout-circular">
          Circular
        </button>
        <button
          type="button"
          onClick={() => {
            runInitialLayout({ record: true });
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
            if (restoreSavedLayout({ record: true })) notify("Saved layout restored.");
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
