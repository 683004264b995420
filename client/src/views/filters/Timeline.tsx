// The timeline: one range slider (react-range, two thumbs on one track) over the claims' months, with a histogram above.
import { type KeyboardEvent, useDeferredValue, useMemo } from "react";
import { Range } from "react-range";
import { graphDatasetAtom } from "../../core/dataset";
import { filtersAtom } from "../../core/filters";
import { monthLabel, overlaps } from "../../core/filters/period";
import { periodBounds, periodHistogram, setKeepUndated, setPeriod } from "../../core/filters/utils";
import { useAtomValue } from "../../core/utils/useAtom";

const THUMBS = [
  { label: "Period from", testId: "period-from" },
  { label: "Period to", testId: "period-to" },
] as const;

export function Timeline() {
  const data = useAtomValue(graphDatasetAtom);
  const filters = useAtomValue(filtersAtom);
  const graph = useDeferredValue(data.graph);
  const bounds = useMemo(() => periodBounds(graph), [graph]);
  const bars = useMemo(() => periodHistogram(graph), [graph]);
  if (!bounds) return null;
  // A little room either side, so a single year still gives a usable slider.
  const min = bounds.from - 12;
  const max = bounds.to + 12;
  const range = filters.period ?? { from: min, to: max };
  const from = Math.max(min, Math.min(range.from, max));
  const to = Math.max(from, Math.min(range.to, max));
  const update = ([a = min, b = max]: number[]) =>
    filtersAtom.set(setPeriod(a <= min && b >= max ? null : { from: Math.min(a, b), to: Math.max(a, b) }));
  // react-range moves by arrows and Page keys; Home and End take a thumb to the end of what it may reach.
  const onEdgeKey = (index: number) => (e: KeyboardEvent) => {
    if (e.key !== "Home" && e.key !== "End") return false;
    e.preventDefault();
    const lowest = index === 0 ? min : from;
    const highest = index === 0 ? to : max;
    const value = e.key === "Home" ? lowest : highest;
    update(index === 0 ? [value, to] : [from, value]);
    return true;
  };
  const span = max - min;
  const tallest = Math.max(1, ...bars.map((b) => b.count));
  const selected = { from, to };
  return (
    <fieldset className="check-list timeline" data-testid="filter-timeline">
      <legend>Claim period</legend>
      <div className="timeline-values">
        <span>{monthLabel(from)}</span>
        <span>to</span>
        <span>{monthLabel(to)}</span>
      </div>
      <div className="timeline-histogram" data-testid="period-histogram" aria-hidden="true">
        {bars.map((bar) => {
          const inRange = overlaps(bar, selected);
          return (
            <span
              key={`${bar.from}/${bar.to}`}
              className={inRange ? "period-bar in-range" : "period-bar"}
              data-testid="period-bar"
              data-count={bar.count}
              data-in-range={inRange}
              title={`${bar.label}: ${bar.count} claim${bar.count === 1 ? "" : "s"}`}
              style={{
                left: `${((bar.from - min) / span) * 100}%`,
                width: `max(3px, ${((bar.to + 1 - bar.from) / span) * 100}%)`,
                height: `${(bar.count / tallest) * 100}%`,
              }}
            />
          );
        })}
      </div>
      <Range
        min={min}
        max={max}
        step={1}
        values={[from, to]}
        onChange={update}
        renderTrack={({ props, children }) => (
          <div className="range-track-area">
            <div {...props} className="range-track" data-testid="period-track">
              <div
                className="range-track-fill"
                style={{ left: `${((from - min) / span) * 100}%`, right: `${((max - to) / span) * 100}%` }}
              />
              {children}
            </div>
          </div>
        )}
        renderThumb={({ props, index, value, isDragged }) => {
          const { key, onKeyDown, ...rest } = props;
          const thumb = THUMBS[index] ?? THUMBS[0];
          return (
            <div
              key={key}
              {...rest}
              onKeyDown={(e) => {
                if (!onEdgeKey(index)(e)) onKeyDown(e);
              }}
              className={isDragged ? "range-thumb dragged" : "range-thumb"}
              role="slider"
              tabIndex={0}
              aria-valuemin={rest["aria-valuemin"]}
              aria-valuemax={rest["aria-valuemax"]}
              aria-valuenow={value}
              aria-label={thumb.label}
              aria-labelledby={undefined}
              aria-valuetext={monthLabel(value)}
              data-testid={thumb.testId}
            />
          );
        }}
      />
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
