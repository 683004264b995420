// Pure orderings of the details store: a search hit's evidence is asked for on the click and shown before the canvas
// work that would hold the main thread.

/** How long the canvas waits for a hit's evidence to be shown before it brings the hit in anyway (ms). */
export const EVIDENCE_FIRST_MS = 1000;

/** What opening a hit needs from the stores above this floor (exploration passes them in). */
export interface OpenHitSteps {
  /**
   * Starts the node's details request (evidence included); resolves once the answer or its error is in the details
   * store (never rejects). null clears the details.
   */
  loadDetails(id: string | null): Promise<void>;
  /**
   * Brings the node onto the canvas (fetching its neighbors if it is not there), merging only once `shown` has
   * resolved; false when that failed.
   */
  reveal(shown: Promise<void>): Promise<boolean>;
  /** Resolves after the browser has painted what the stores now hold. */
  painted(): Promise<void>;
  /** Selects the node and moves the camera to it. */
  select(): void;
  /** The node selected before the click, whose details come back if the hit could not be shown. */
  selectedBefore(): string | null;
}

/**
 * Opens a search hit. The details request starts on the click, and the canvas work (merging the neighbors, restyling
 * every node and edge for the selection, moving the camera) waits until the evidence has been painted, or at most
 * EVIDENCE_FIRST_MS: on a large graph that work holds the main thread for a second or more, and the evidence panel
 * must not wait for the canvas. The node is selected once it is on the canvas (a selection of a node that is not there
 * would be pruned). Resolves to whether the hit was shown.
 */
export async function openHit(id: string, steps: OpenHitSteps): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const bound = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, EVIDENCE_FIRST_MS);
  });
  const shown = Promise.race([steps.loadDetails(id), bound])
    .then(() => steps.painted())
    .finally(() => clearTimeout(timer));
  if (await steps.reveal(shown)) {
    await shown;
    steps.select();
    return true;
  }
  await shown;
  void steps.loadDetails(steps.selectedBefore());
  return false;
}
