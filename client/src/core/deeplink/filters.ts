// Filters in a link: only the fields that differ from the defaults go in, and a link's fields go over the defaults.
import type { FiltersState } from "../filters/types";
import { getEmptyFiltersState } from "../filters/utils";
import type { LinkFilters } from "./types";

export function linkFilters(filters: FiltersState): LinkFilters {
  const defaults = getEmptyFiltersState();
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(defaults) as (keyof FiltersState)[]) {
    if (JSON.stringify(filters[key]) !== JSON.stringify(defaults[key])) out[key] = filters[key];
  }
  return out as LinkFilters;
}

export function filtersFromLink(link: LinkFilters): FiltersState {
  const state = { ...getEmptyFiltersState() };
  for (const [key, value] of Object.entries(link)) {
    if (value !== undefined) (state as Record<string, unknown>)[key] = value;
  }
  return state;
}
