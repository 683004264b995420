// Selection actions that also move the camera or load details.
import { loadDetails } from "../details";
import { focusCamera } from "../sigma/camera";
import { selectionAtom } from "./index";
import { clearSelection, select } from "./utils";

export function selectNode(id: string, options: { camera?: boolean } = {}): void {
  // The details request first: it is in flight while the canvas restyles (a while on a large graph).
  void loadDetails(id);
  selectionAtom.set(select({ kind: "node", id }));
  if (options.camera) focusCamera(id);
}

export function selectEdge(id: string): void {
  selectionAtom.set(select({ kind: "edge", id }));
  void loadDetails(null);
}

export function unselect(): void {
  selectionAtom.set(clearSelection());
  void loadDetails(null);
}
