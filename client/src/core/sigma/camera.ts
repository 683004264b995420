// Camera moves: bring a node into view, zoom, and fit the whole graph.
import { sigmaAtom, sigmaGraph } from "./index";

const DURATION_MS = 400;

/** A little wider than the graph's bounding box, so labels of nodes at the edges stay readable. */
export const FIT_RATIO = 1.25;

export function focusCamera(nodeId: string): void {
  const sigma = sigmaAtom.get();
  if (!sigma || !sigmaGraph.hasNode(nodeId)) return;
  // A node sigma has not indexed yet needs a refresh; otherwise its graph position converts directly, without
  // re-indexing the whole graph (seconds at 100,000 nodes) just to move the camera.
  if (!sigma.getNodeDisplayData(nodeId)) sigma.refresh();
  const { x, y } = sigma.viewportToFramedGraph(sigma.graphToViewport(sigmaGraph.getNodeAttributes(nodeId)));
  const camera = sigma.getCamera();
  void camera.animate({ x, y, ratio: Math.min(camera.ratio, 0.6) }, { duration: DURATION_MS });
}

export function zoomIn(): void {
  void sigmaAtom.get()?.getCamera().animatedZoom({ duration: 200 });
}

export function zoomOut(): void {
  void sigmaAtom.get()?.getCamera().animatedUnzoom({ duration: 200 });
}

export function fitView(): void {
  void sigmaAtom.get()?.getCamera().animate({ x: 0.5, y: 0.5, ratio: FIT_RATIO, angle: 0 }, { duration: DURATION_MS });
}
