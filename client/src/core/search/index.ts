// The search store: debounced autocomplete against /api/search, the newest query winning.
import { fetchSearch } from "../../api/endpoints";
import { describeError, isAbort } from "../../api/errors";
import { atom } from "../utils/atoms";
import { getEmptySearchState, hitsReceived, queryTyped, searchFailed } from "./utils";

export const searchAtom = atom(getEmptySearchState());

const DEBOUNCE_MS = 150;
let timer: ReturnType<typeof setTimeout> | undefined;
let inflight: AbortController | undefined;

export function typeQuery(query: string): void {
  searchAtom.set(queryTyped(query));
  clearTimeout(timer);
  inflight?.abort();
  if (searchAtom.get().status !== "loading") return;
  timer = setTimeout(() => void runSearch(query), DEBOUNCE_MS);
}

async function runSearch(query: string): Promise<void> {
  const controller = new AbortController();
  inflight = controller;
  try {
    const response = await fetchSearch(query.trim(), { signal: controller.signal });
    searchAtom.set(hitsReceived(query, response.hits));
  } catch (error) {
    if (!isAbort(error)) searchAtom.set(searchFailed(query, describeError(error)));
  }
}

/** Runs the current query again (after the service came back). */
export function retrySearch(): void {
  const { query, status } = searchAtom.get();
  if (status === "error") typeQuery(query);
}
