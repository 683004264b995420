// Pure updates of the panels: open and fold the side panels, resize the drawer within what leaves the canvas usable.
import type { PanelsState } from "./types";

/** Below this window width (CSS pixels) the side panels float over the canvas instead of squeezing it. */
export const NARROW_WIDTH = 1000;

/** The Cypher drawer is never lower than this (CSS pixels): its head, one line of editor and the results tabs. */
export const DRAWER_MIN = 140;
/** Nor so high that the canvas above it keeps less than this (CSS pixels). */
export const CANVAS_MIN = 120;

export function getEmptyPanelsState(windowWidth = Number.POSITIVE_INFINITY): PanelsState {
  return { sidebarOpen: windowWidth >= NARROW_WIDTH, detailsCollapsed: false, drawerHeight: null };
}

export const toggleSidebar = () => (state: PanelsState) => ({ ...state, sidebarOpen: !state.sidebarOpen });
export const setSidebarOpen = (sidebarOpen: boolean) => (state: PanelsState) =>
  state.sidebarOpen === sidebarOpen ? state : { ...state, sidebarOpen };
export const setDetailsCollapsed = (detailsCollapsed: boolean) => (state: PanelsState) =>
  state.detailsCollapsed === detailsCollapsed ? state : { ...state, detailsCollapsed };

/** The Cypher drawer opened: in a narrow window the floating panels fold, so none covers it. */
export const drawerOpened = (windowWidth: number) => (state: PanelsState) =>
  windowWidth >= NARROW_WIDTH ? state : { ...state, sidebarOpen: false, detailsCollapsed: true };

/**
 * The drawer's height in CSS pixels, kept between DRAWER_MIN and what leaves CANVAS_MIN of the graph area above it
 * (`areaHeight`, CSS pixels); +Infinity is the highest it may be. A graph area too small for both gets DRAWER_MIN.
 */
export function clampDrawerHeight(height: number, areaHeight: number): number {
  const max = Math.max(DRAWER_MIN, areaHeight - CANVAS_MIN);
  if (Number.isNaN(height)) return DRAWER_MIN;
  return Math.round(Math.min(max, Math.max(DRAWER_MIN, height)));
}

export const setDrawerHeight = (height: number, areaHeight: number) => (state: PanelsState) => ({
  ...state,
  drawerHeight: clampDrawerHeight(height, areaHeight),
});

/** Whether the details panel is unfolded: something to show (a selection or a traced path) and not folded away. */
export function detailsShown(state: PanelsState, hasContent: boolean): boolean {
  return hasContent && !state.detailsCollapsed;
}
