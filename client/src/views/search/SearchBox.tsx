// Autocomplete over English and Arabic names and aliases; choosing a hit puts the node on the canvas and selects it.

import type { SearchHit } from "@domain/contracts/api";
import { useId, useState } from "react";
import { appearanceAtom } from "../../core/appearance";
import { colorForType } from "../../core/appearance/palette";
import { chooseHit } from "../../core/exploration";
import { searchAtom, typeQuery } from "../../core/search";
import { hitLabel, moveActive, searchCleared } from "../../core/search/utils";
import { useAtomValue } from "../../core/utils/useAtom";
import { dotStyle } from "../common/style";

export function SearchBox() {
  const search = useAtomValue(searchAtom);
  const { language } = useAtomValue(appearanceAtom);
  const [open, setOpen] = useState(false);
  const listId = useId();

  const choose = (hit: SearchHit) => {
    searchAtom.set(searchCleared());
    setOpen(false);
    void chooseHit(hit);
  };

  const showList = open && search.query.trim() !== "";
  return (
    <search className="search">
      <input
        type="search"
        dir="auto"
        placeholder="Search names and aliases, English or Arabic (e.g. Zhao, تشاو)"
        aria-label="Search the graph"
        aria-controls={listId}
        value={search.query}
        data-testid="search-input"
        onChange={(e) => {
          typeQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            searchAtom.set(moveActive(1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            searchAtom.set(moveActive(-1));
          } else if (e.key === "Enter") {
            const hit = search.hits[search.active];
            if (hit) choose(hit);
          } else if (e.key === "Escape") {
            setOpen(false);
          }
        }}
      />
      {showList && (
        <ul className="search-results" id={listId} data-testid="search-results">
          {search.status === "loading" && search.hits.length === 0 && <li className="muted">Searching…</li>}
          {search.status === "error" && <li className="error">{search.error}</li>}
          {search.status === "ready" && search.hits.length === 0 && <li className="muted">No match.</li>}
          {search.hits.map((hit, i) => {
            const { primary, secondary } = hitLabel(hit, language);
            return (
              <li key={hit.id}>
                <button
                  type="button"
                  tabIndex={-1}
                  className={i === search.active ? "hit active" : "hit"}
                  aria-current={i === search.active}
                  data-testid="search-hit"
                  data-id={hit.id}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    choose(hit);
                  }}
                >
                  <span className="dot" style={dotStyle(colorForType(hit.type))} />
                  <span className="hit-name" dir="auto">
                    {primary}
                  </span>
                  {secondary && (
                    <span className="hit-alias" dir="auto">
                      {secondary}
                    </span>
                  )}
                  <span className="hit-type">{hit.type}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </search>
  );
}
