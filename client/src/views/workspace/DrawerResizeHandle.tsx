// The Cypher drawer's top edge: drag it (or focus it and use the arrow keys) to give the drawer or the canvas more room.
import { type KeyboardEvent, type PointerEvent, useRef } from "react";
import { panelsAtom } from "../../core/ui";
import { clampDrawerHeight, DRAWER_MIN, setDrawerHeight } from "../../core/ui/utils";
import { useAtomValue } from "../../core/utils/useAtom";

/** Pixels one arrow key press moves the edge; Page Up/Down move four times as far. */
const KEY_STEP = 32;

export function DrawerResizeHandle() {
  const handle = useRef<HTMLDivElement>(null);
  const drag = useRef<{ startY: number; startHeight: number } | null>(null);
  const { drawerHeight } = useAtomValue(panelsAtom);

  /** The graph area's height and the drawer's current height, both in CSS pixels. */
  const measure = () => {
    const drawer = handle.current?.parentElement;
    const area = drawer?.parentElement;
    return { area: area?.clientHeight ?? 0, drawer: drawer?.getBoundingClientRect().height ?? DRAWER_MIN };
  };
  const resize = (height: number) => panelsAtom.set(setDrawerHeight(height, measure().area));

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startY: event.clientY, startHeight: measure().drawer };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (start) resize(start.startHeight + (start.startY - event.clientY));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId))
      event.currentTarget.releasePointerCapture(event.pointerId);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const { area, drawer } = measure();
    const moves: Record<string, number> = {
      ArrowUp: drawer + KEY_STEP,
      ArrowDown: drawer - KEY_STEP,
      PageUp: drawer + 4 * KEY_STEP,
      PageDown: drawer - 4 * KEY_STEP,
      Home: Number.POSITIVE_INFINITY,
      End: DRAWER_MIN,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    panelsAtom.set(setDrawerHeight(next === Number.POSITIVE_INFINITY ? area : next, area));
  };

  const { area, drawer } = handle.current ? measure() : { area: 0, drawer: drawerHeight ?? 0 };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable separator is the WAI-ARIA pattern for a splitter; <hr> cannot take focus or keys.
    <div
      ref={handle}
      className="drawer-resize"
      role="separator"
      aria-orientation="horizontal"
      aria-label="Resize the Cypher workspace"
      aria-valuemin={DRAWER_MIN}
      aria-valuemax={Math.max(DRAWER_MIN, clampDrawerHeight(Number.POSITIVE_INFINITY, area))}
      aria-valuenow={Math.round(drawerHeight ?? drawer)}
      tabIndex={0}
      title="Drag to resize (or focus and use ↑ ↓)"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      data-testid="drawer-resize"
    />
  );
}
