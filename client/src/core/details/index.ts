// The details store: the selected node's full record (properties, claims, evidence in context) from /api/nodes/:id.
import type { NodeDetails } from "@domain/contracts/api";
import { fetchNode } from "../../api/endpoints";
import { describeError, isAbort } from "../../api/errors";
import { atom } from "../utils/atoms";

export interface DetailsState {
  id: string | null;
  status: "idle" | "loading" | "ready" | "error";
  error: string | null;
  details: NodeDetails | null;
}

export const detailsAtom = atom<DetailsState>({ id: null, status: "idle", error: null, details: null });

let inflight: AbortController | undefined;

/**
 * Loads a node's details (GET /api/nodes/:id), aborting the request of another node. A request for the node already
 * loading or loaded is not sent again, so asking on the click and again on selection costs one request.
 */
export async function loadDetails(id: string | null): Promise<void> {
  const current = detailsAtom.get();
  if (id && current.id === id && (current.status === "ready" || current.status === "loading")) return;
  inflight?.abort();
  if (!id) {
    detailsAtom.set({ id: null, status: "idle", error: null, details: null });
    return;
  }
  const controller = new AbortController();
  inflight = controller;
  detailsAtom.set({ id, status: "loading", error: null, details: null });
  try {
    const details = await fetchNode(id, { signal: controller.signal });
    if (detailsAtom.get().id === id) detailsAtom.set({ id, status: "ready", error: null, details });
  } catch (error) {
    if (isAbort(error)) return;
    if (detailsAtom.get().id === id)
      detailsAtom.set({ id, status: "error", error: describeError(error), details: null });
  }
}

/** Resolves after the browser's next paint: a task queued from the next animation frame runs once that frame is drawn. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
