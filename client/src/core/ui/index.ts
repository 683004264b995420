// UI-only state shared across panels: which tool tab is open, the side panels, the Cypher drawer's height.
import { atom } from "../utils/atoms";
import type { PanelsState, SidebarTab } from "./types";
import { getEmptyPanelsState } from "./utils";

export type { SidebarTab } from "./types";

export const sidebarTabAtom = atom<SidebarTab>("filters");

/** Narrow windows start with the tools panel folded, so the canvas gets the width. */
export const panelsAtom = atom<PanelsState>(
  getEmptyPanelsState(typeof window === "undefined" ? Number.POSITIVE_INFINITY : window.innerWidth),
);
