// Pure search updates: typing, hits arriving (stale answers dropped), and keyboard moves through the suggestions.
import type { SearchHit } from "@domain/contracts/api";
import type { SearchState } from "./types";

export const MIN_QUERY_LENGTH = 1;

export function getEmptySearchState(): SearchState {
  return { query: "", status: "idle", error: null, hits: [], active: -1 };
}

export const queryTyped = (query: string) => (state: SearchState) =>
  query.trim().length < MIN_QUERY_LENGTH
    ? { ...getEmptySearchState(), query }
    : { ...state, query, status: "loading" as const, error: null };

/** Hits for `query`; ignored when the box has since changed. */
export const hitsReceived = (query: string, hits: SearchHit[]) => (state: SearchState) =>
  query.trim() === state.query.trim()
    ? { ...state, status: "ready" as const, error: null, hits, active: hits.length > 0 ? 0 : -1 }
    : state;

export const searchFailed = (query: string, error: string) => (state: SearchState) =>
  query.trim() === state.query.trim() ? { ...state, status: "error" as const, error, hits: [], active: -1 } : state;

export const moveActive = (delta: number) => (state: SearchState) => {
  const n = state.hits.length;
  if (n === 0) return state;
  return { ...state, active: (((state.active + delta) % n) + n) % n };
};

export const searchCleared = () => (_state: SearchState) => getEmptySearchState();

/** How a hit is shown: the name in the chosen language, and the alias that matched when it differs. */
export function hitLabel(hit: SearchHit, language: "en" | "ar"): { primary: string; secondary: string | null } {
  const primary = language === "ar" && hit.labelAr ? hit.labelAr : hit.label;
  const other = language === "ar" ? hit.label : hit.labelAr;
  const secondary = hit.matched !== primary && hit.matched !== other ? hit.matched : (other ?? null);
  return { primary, secondary };
}
