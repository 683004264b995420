// Filter controls: node and relation types, source documents, "attributed to", the timeline, single-source emphasis.

import { useDeferredValue, useMemo } from "react";
import { appearanceAtom } from "../../core/appearance";
import { colorForType } from "../../core/appearance/palette";
import { relationLabel } from "../../core/appearance/text";
import { graphDatasetAtom } from "../../core/dataset";
import { nodeName } from "../../core/dataset/utils";
import { filtersAtom } from "../../core/filters";
import {
  filterChoices,
  isFiltering,
  resetFilters,
  setHiddenNodeTypes,
  setHiddenRelationTypes,
  setSingleSourceOnly,
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

export function FiltersPanel() {
  const data = useAtomValue(graphDatasetAtom);
  const filters = useAtomValue(filtersAtom);
  const sources = useAtomValue(sourcesAtom);
  const { language } = useAtomValue(appearanceAtom);
  // A new graph (a large one takes a while to count) reaches the panel after the canvas has drawn it.
  const graph = useDeferredValue(data.graph);
  const { nodeTypes, relationTypes, attributions, sourceIds, singleSourced } = useMemo(
    () => filterChoices(graph),
    [graph],
  );
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

      <fieldset className="check-list">
        <legend>Evidence strength</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={filters.singleSourceOnly}
            data-testid="filter-single-source"
            onChange={(e) => filtersAtom.set(setSingleSourceOnly(e.target.checked))}
          />
          <span>
            Highlight single-source edges <span className="count">{singleSourced}</span>
          </span>
        </label>
        <p className="muted">
          Edges resting on one independent source (a document's repeats, its publisher's other documents and the works
          it cites count once) are drawn in amber
          {singleSourced === graph.size && graph.size > 0
            ? "; every edge loaded so far rests on one independent source."
            : "."}
        </p>
      </fieldset>
    </div>
  );
}
