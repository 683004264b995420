// Filter controls: types, sources, "attributed to", the timeline, isolated nodes and the evidence-strength highlight.

import { useDeferredValue, useId, useMemo } from "react";
import { appearanceAtom } from "../../core/appearance";
import { colorForType } from "../../core/appearance/palette";
import { relationLabel } from "../../core/appearance/text";
import { graphDatasetAtom } from "../../core/dataset";
import { nodeName } from "../../core/dataset/utils";
import { filtersAtom } from "../../core/filters";
import type { SupportHighlight } from "../../core/filters/types";
import {
  filterChoices,
  isFiltering,
  resetFilters,
  setHiddenNodeTypes,
  setHiddenRelationTypes,
  setHideIsolated,
  setSupportHighlight,
  toggleAttribution,
  toggleNodeType,
  toggleRelationType,
  toggleSource,
} from "../../core/filters/utils";
import { openSource, sourcesAtom } from "../../core/reader";
import { useAtomValue } from "../../core/utils/useAtom";
import { AttributedClaims } from "./AttributedClaims";
import { CheckList } from "./CheckList";
import { Timeline } from "./Timeline";

/** The highlight's three choices: off, the edges on one independent source, those on two or more. */
const SUPPORT_CHOICES: readonly { mode: SupportHighlight | null; label: string }[] = [
  { mode: null, label: "No highlight" },
  { mode: "single", label: "Highlight edges on one source" },
  { mode: "multiple", label: "Highlight edges with two or more sources" },
];

export function FiltersPanel() {
  const data = useAtomValue(graphDatasetAtom);
  const filters = useAtomValue(filtersAtom);
  const sources = useAtomValue(sourcesAtom);
  const { language } = useAtomValue(appearanceAtom);
  // A new graph (a large one takes a while to count) reaches the panel after the canvas has drawn it.
  const graph = useDeferredValue(data.graph);
  const radioName = useId();
  const { nodeTypes, relationTypes, attributions, sourceIds, support } = useMemo(() => filterChoices(graph), [graph]);
  const highlight = filters.singleSourceOnly ? filters.supportHighlight : null;
  const titles = useMemo(() => new Map(sources.map((s) => [s.id, s.title])), [sources]);
  const titleOf = (id: string) => titles.get(id) ?? id;

  return (
    <div className="panel-section filters" data-testid="filters-panel">
      <div className="panel-head">
        <h2>Filters</h2>
        <button
          type="button"
          className="link"
          disabled={!isFiltering(filters)}
          onClick={() => filtersAtom.set(resetFilters())}
        >
          Reset all
        </button>
      </div>

      <CheckList
        title="Attributed to"
        hint="Keep only the claims these actors state (e.g. the newspaper a source cites)."
        testId="filter-attribution"
        items={attributions.map((c) => ({
          value: c.value,
          label: graph.hasNode(c.value) ? nodeName(graph.getNodeAttributes(c.value), language) : c.value,
          count: c.count,
          checked: filters.attributedTo?.includes(c.value) ?? false,
          color: graph.hasNode(c.value) ? colorForType(graph.getNodeAttribute(c.value, "type")) : undefined,
        }))}
        onToggle={(v) => filtersAtom.set(toggleAttribution(v))}
        countLabel="claims"
      />
      <AttributedClaims />

      <CheckList
        title="Source documents"
        hint="Keep only what these documents support."
        testId="filter-sources"
        items={sourceIds.map((c) => ({
          value: c.value,
          label: titleOf(c.value),
          count: c.count,
          checked: filters.sourceIds?.includes(c.value) ?? false,
        }))}
        onToggle={(v) => filtersAtom.set(toggleSource(v))}
        action={{ label: "read", run: (id) => void openSource(id) }}
        countLabel="edges"
      />

      <Timeline />

      <CheckList
        title="Node types"
        testId="filter-node-types"
        items={nodeTypes.map((c) => ({
          value: c.value,
          label: c.value,
          count: c.count,
          checked: !filters.hiddenNodeTypes.includes(c.value),
          color: colorForType(c.value),
        }))}
        onToggle={(v) => filtersAtom.set(toggleNodeType(v))}
        onAll={(on) => filtersAtom.set(setHiddenNodeTypes(on ? [] : nodeTypes.map((c) => c.value)))}
      />

      <CheckList
        title="Relation types"
        testId="filter-relation-types"
        items={relationTypes.map((c) => ({
          value: c.value,
          label: relationLabel(c.value),
          count: c.count,
          checked: !filters.hiddenRelationTypes.includes(c.value),
        }))}
        onToggle={(v) => filtersAtom.set(toggleRelationType(v))}
        onAll={(on) => filtersAtom.set(setHiddenRelationTypes(on ? [] : relationTypes.map((c) => c.value)))}
      />

      <fieldset className="check-list" data-testid="filter-isolated">
        <legend>Isolated nodes</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={filters.hideIsolated}
            data-testid="filter-hide-isolated"
            onChange={(e) => filtersAtom.set(setHideIsolated(e.target.checked))}
          />
          <span>Hide isolated nodes</span>
        </label>
        <p className="muted">Nodes the filters above leave with no visible relationship are hidden too.</p>
      </fieldset>

      <fieldset className="check-list" data-testid="filter-support">
        <legend>Evidence strength</legend>
        <p className="support-counts" data-testid="support-counts">
          {support.single} of {support.total} relationships rest on one independent source; {support.several} on two or
          more.
        </p>
        <div role="radiogroup" aria-label="Highlight by evidence strength">
          {SUPPORT_CHOICES.map((choice) => (
            <label key={choice.label} className="check">
              <input
                type="radio"
                name={radioName}
                checked={highlight === choice.mode}
                data-testid={`filter-support-${choice.mode ?? "off"}`}
                onChange={() => filtersAtom.set(setSupportHighlight(choice.mode))}
              />
              <span>{choice.label}</span>
            </label>
          ))}
        </div>
        <p className="muted">
          One independent source: a document's repeats, its publisher's other documents and the works it cites count
          once. Edges on one source are drawn in amber, edges on two or more in green
          {support.total > 0 && support.several === 0
            ? "; every edge loaded so far rests on one independent source."
            : "."}
        </p>
      </fieldset>
    </div>
  );
}
