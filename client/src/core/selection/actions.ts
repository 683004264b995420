// Selection actions that also move the camera or load details.
import { loadDetails } from "../details";
import { focusCamera } from "../sigma/camera";
import { selectionAtom } from "./index";
import { clearSelection, select } from "./utils";

export function selectNode(id: string, options: { camera?: boolean } = {}): void {
  selectionAtom.set(select({ kind: "node", id }));
  void loadDetails(id);
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
