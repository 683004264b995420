// UI-only state shared across panels: which tool tab is open.
import { atom } from "../utils/atoms";

export type SidebarTab = "filters" | "claims" | "trace" | "layout" | "queries";

export const sidebarTabAtom = atom<SidebarTab>("filters");
