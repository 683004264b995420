// The selection store: the clicked node or edge, and what the pointer hovers.
import { atom } from "../utils/atoms";
import { getEmptySelectionState } from "./utils";

export const selectionAtom = atom(getEmptySelectionState());
