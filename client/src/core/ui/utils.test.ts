import { describe, expect, it } from "vitest";
import {
  CANVAS_MIN,
  clampDrawerHeight,
  DRAWER_MIN,
  detailsShown,
  drawerOpened,
  getEmptyPanelsState,
  NARROW_WIDTH,
  setDetailsCollapsed,
  setDrawerHeight,
  toggleSidebar,
} from "./utils";

describe("panels", () => {
  it("should keep a drawer height that is not a number, too small or too large within bounds", () => {
    expect(clampDrawerHeight(Number.NaN, 600)).toBe(DRAWER_MIN);
    expect(clampDrawerHeight(10, 600)).toBe(DRAWER_MIN);
    expect(clampDrawerHeight(5000, 600)).toBe(600 - CANVAS_MIN);
    expect(clampDrawerHeight(Number.POSITIVE_INFINITY, 600)).toBe(600 - CANVAS_MIN);
    expect(clampDrawerHeight(300.4, 600)).toBe(300);
    // A graph area too small for both: the drawer keeps its minimum.
    expect(clampDrawerHeight(300, 100)).toBe(DRAWER_MIN);
  });

  it("should start with the tools panel folded in a narrow window only", () => {
    expect(getEmptyPanelsState(NARROW_WIDTH - 1).sidebarOpen).toBe(false);
    expect(getEmptyPanelsState(NARROW_WIDTH).sidebarOpen).toBe(true);
    expect(toggleSidebar()(getEmptyPanelsState(800)).sidebarOpen).toBe(true);
  });

  it("should show the details panel only with something to show and not folded away", () => {
    const state = getEmptyPanelsState();
    expect(detailsShown(state, false)).toBe(false);
    expect(detailsShown(state, true)).toBe(true);
    expect(detailsShown(setDetailsCollapsed(true)(state), true)).toBe(false);
    expect(setDrawerHeight(250, 700)(state).drawerHeight).toBe(250);
  });

  it("should fold the floating panels when the drawer opens in a narrow window only", () => {
    const open = { sidebarOpen: true, detailsCollapsed: false, drawerHeight: null };
    expect(drawerOpened(NARROW_WIDTH)(open)).toBe(open);
    expect(drawerOpened(NARROW_WIDTH - 1)(open)).toMatchObject({ sidebarOpen: false, detailsCollapsed: true });
  });
});
