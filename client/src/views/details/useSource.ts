// Loads a full source once (shared cache), so evidence can be shown inside its text, and only for a card the reader
// can reach: a hub's panel lists pieces of evidence from a hundred sources, and each one is a whole document.

import type { SourceDetails } from "@domain/contracts/api";
import { type RefObject, useEffect, useState } from "react";
import { getSource } from "../../core/reader";

/** How far outside the scrolled view a card starts loading its source (CSS margin), so it is there when reached. */
const NEAR_MARGIN = "600px";

/**
 * Whether the element is, or has once been, within NEAR_MARGIN of its scrolling container's view. True from the start
 * where the browser has no IntersectionObserver.
 */
export function useNearView(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === "undefined");
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: NEAR_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}

/** The source's full text (GET /api/sources/:id), fetched once `wanted` is true; null until then and while loading. */
export function useSource(sourceId: string, wanted: boolean): { source: SourceDetails | null; failed: boolean } {
  const [state, setState] = useState<{ id: string; source: SourceDetails | null; failed: boolean }>({
    id: sourceId,
    source: null,
    failed: false,
  });
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    getSource(sourceId).then(
      (source) => live && setState({ id: sourceId, source, failed: false }),
      () => live && setState({ id: sourceId, source: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [sourceId, wanted]);
  return state.id === sourceId ? state : { source: null, failed: false };
}
