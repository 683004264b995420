// The data-graph store: what the API sent and what expansions added (changed only through utils.ts updates).
import { atom } from "../utils/atoms";
import { getEmptyGraphDataState } from "./utils";

export const graphDatasetAtom = atom(getEmptyGraphDataState());

/** What the explorer is fetching right now, for the status line ("Expanding Matty Zhao…"). */
export const busyAtom = atom<string | null>(null);
