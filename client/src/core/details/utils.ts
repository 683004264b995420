// Pure orderings of the details store: a search hit's evidence is asked for on the click, before the canvas work.

/** What opening a hit needs from the stores above this floor (exploration passes them in). */
export interface OpenHitSteps {
  /** Starts the node's details request (evidence included) and returns at once; null clears the details. */
  loadDetails(id: string | null): void;
  /** Brings the node onto the canvas (fetching its neighbors if it is not there); false when that failed. */
  reveal(): Promise<boolean>;
  /** Selects the node and moves the camera to it. */
  select(): void;
  /** The node selected before the click, whose details come back if the hit could not be shown. */
  selectedBefore(): string | null;
}

/**
 * Opens a search hit: the details request starts on the click, so the evidence panel never waits for the neighbor
 * fetch, the merge into the canvas or the camera; the node is selected once it is on the canvas (a selection of a
 * node that is not there would be pruned). Resolves to whether the hit was shown.
 */
export async function openHit(id: string, steps: OpenHitSteps): Promise<boolean> {
  steps.loadDetails(id);
  if (await steps.reveal()) {
    steps.select();
    return true;
  }
  steps.loadDetails(steps.selectedBefore());
  return false;
}
