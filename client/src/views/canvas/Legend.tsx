// The legend: one colour per node type present (clicking one hides or shows it), node size, and edge width.
import { useDeferredValue, useMemo, useState } from "react";
import { appearanceAtom } from "../../core/appearance";
import { colorForType } from "../../core/appearance/palette";
import { setSizeBy } from "../../core/appearance/utils";
import { graphDatasetAtom } from "../../core/dataset";
import { filtersAtom } from "../../core/filters";
import { nodeTypeChoices, toggleNodeType } from "../../core/filters/utils";
import { useAtomValue } from "../../core/utils/useAtom";
import { EdgeSupportKey } from "../claims/EdgeSupportKey";
import { dotStyle } from "../common/style";

/** Window width (CSS pixels) from which the legend starts unfolded. */
const LEGEND_OPEN_WIDTH = 1100;

export function Legend() {
  const data = useAtomValue(graphDatasetAtom);
  const filters = useAtomValue(filtersAtom);
  const appearance = useAtomValue(appearanceAtom);
  // Open where the canvas has room for it; a narrow window starts with the legend folded to its title.
  const [open, setOpen] = useState(() => window.innerWidth >= LEGEND_OPEN_WIDTH);
  const graph = useDeferredValue(data.graph);
  const types = useMemo(() => nodeTypeChoices(graph), [graph]);
  if (types.length === 0) return null;
  return (
    <aside className={open ? "legend" : "legend closed"} aria-label="Legend" data-testid="legend">
      <button type="button" className="legend-title" aria-expanded={open} onClick={() => setOpen(!open)}>
        Legend <span className="muted">{open ? "▾" : "▸"}</span>
      </button>
      {open && (
        <>
          <ul>
            {types.map((t) => {
              const hidden = filters.hiddenNodeTypes.includes(t.value);
              return (
                <li key={t.value}>
                  <button
                    type="button"
                    className={hidden ? "legend-item off" : "legend-item"}
                    aria-pressed={!hidden}
                    title={hidden ? `Show ${t.value}` : `Hide ${t.value}`}
                    onClick={() => filtersAtom.set(toggleNodeType(t.value))}
                  >
                    <span className="dot" style={dotStyle(colorForType(t.value))} />
                    <span>{t.value}</span>
                  </button>
                </li>
              );
            })}
          </ul>
          <label className="legend-size">
            Size:{" "}
            <select
              value={appearance.sizeBy}
              onChange={(e) => appearanceAtom.set(setSizeBy(e.target.value === "claims" ? "claims" : "degree"))}
            >
              <option value="degree">connections</option>
              <option value="claims">claims</option>
            </select>
          </label>
          <EdgeSupportKey />
        </>
      )}
    </aside>
  );
}
