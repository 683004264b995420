// Zoom and fit buttons over the canvas.
import { fitView, zoomIn, zoomOut } from "../../core/sigma/camera";

export function CameraControls() {
  return (
    <div className="camera-controls">
      <button type="button" className="icon" onClick={zoomIn} aria-label="Zoom in" title="Zoom in">
        +
      </button>
      <button type="button" className="icon" onClick={zoomOut} aria-label="Zoom out" title="Zoom out">
        −
      </button>
      <button type="button" className="icon" onClick={fitView} aria-label="Fit the graph" title="Fit the graph">
        ⤢
      </button>
    </div>
  );
}
