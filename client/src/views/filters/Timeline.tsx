// The timeline: a two-handled slider over the months the claims' periods cover.
import { useDeferredValue, useMemo } from "react";
import { graphDatasetAtom } from "../../core/dataset";
import { filtersAtom } from "../../core/filters";
import { monthLabel } from "../../core/filters/period";
import { periodBounds, setKeepUndated, setPeriod } from "../../core/filters/utils";
import { useAtomValue } from "../../core/utils/useAtom";

export function Timeline() {
  const data = useAtomValue(graphDatasetAtom);
  const filters = useAtomValue(filtersAtom);
  const graph = useDeferredValue(data.graph);
  const bounds = useMemo(() => periodBounds(graph), [graph]);
  if (!bounds) return null;
  // A little room either side, so a single year still gives a usable slider.
  const min = bounds.from - 12;
  const max = bounds.to + 12;
  const range = filters.period ?? { from: min, to: max };
  const update = (from: number, to: number) =>
    filtersAtom.set(setPeriod(from <= min && to >= max ? null : { from: Math.min(from, to), to: Math.max(from, to) }));
  return (
    <fieldset className="check-list timeline" data-testid="filter-timeline">
      <legend>Claim period</legend>
      <div className="timeline-values">
        <span>{monthLabel(range.from)}</span>
        <span>to</span>
        <span>{monthLabel(range.to)}</span>
      </div>
      <div className="dual-range">
        <input
          type="range"
          min={min}
          max={max}
          value={range.from}
          aria-label="Period from"
          data-testid="period-from"
          onChange={(e) => update(Number(e.target.value), range.to)}
        />
        <input
          type="range"
          min={min}
          max={max}
          value={range.to}
          aria-label="Period to"
          data-testid="period-to"
          onChange={(e) => update(range.from, Number(e.target.value))}
        />
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={filters.keepUndated}
          onChange={(e) => filtersAtom.set(setKeepUndated(e.target.checked))}
        />
        <span>Keep claims without a period</span>
      </label>
      {filters.period && (
        <button type="button" className="link" onClick={() => filtersAtom.set(setPeriod(null))}>
          Clear period
        </button>
      )}
    </fieldset>
  );
}
