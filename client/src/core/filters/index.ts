// The filters store: one atom, changed only through the pure updates in utils.ts.
import { atom } from "../utils/atoms";
import { getEmptyFiltersState } from "./utils";

export const filtersAtom = atom(getEmptyFiltersState());
