// The centre of the explorer: the sigma canvas with its legend, camera controls and loading or error states.
import { type CSSProperties, lazy, Suspense } from "react";
import { graphDatasetAtom } from "../../core/dataset";
import { loadOverview } from "../../core/exploration/index";
import { panelsAtom } from "../../core/ui";
import { useAtomValue } from "../../core/utils/useAtom";
import { workspaceAtom } from "../../core/workspace";
import { LoadProgressBar } from "../scale/LoadProgressBar";
import { OverviewNotice } from "../scale/OverviewNotice";
import { CameraControls } from "./CameraControls";
import { GraphCanvas } from "./GraphCanvas";
import { Legend } from "./Legend";

/** The Cypher workspace (editor and parser) loads on first open, keeping the first page load light. */
const WorkspaceDrawer = lazy(() =>
  import("../workspace/WorkspaceDrawer").then((m) => ({ default: m.WorkspaceDrawer })),
);

export function GraphArea() {
  const data = useAtomValue(graphDatasetAtom);
  const workspaceOpen = useAtomValue(workspaceAtom).open;
  const { drawerHeight } = useAtomValue(panelsAtom);
  // The drawer's height reaches CSS as a custom property set through the CSSOM (the CSP allows no inline styles).
  const style = drawerHeight === null ? undefined : ({ "--drawer-height": `${drawerHeight}px` } as CSSProperties);
  return (
    <section className="graph-area" aria-label="Graph" style={style}>
      <GraphCanvas />
      <Legend />
      <CameraControls />
      <LoadProgressBar />
      <OverviewNotice />
      {data.status === "loading" && data.graph.order === 0 && <div className="overlay-message">Loading the graph…</div>}
      {data.status === "error" && (
        <div className="overlay-message error" role="alert">
          <p>The graph could not be loaded: {data.error}</p>
          <button type="button" onClick={() => void loadOverview()}>
            Try again
          </button>
        </div>
      )}
      {data.status === "ready" && data.graph.order === 0 && (
        <div className="overlay-message">The graph is empty. Run `npm run ingest` to load documents.</div>
      )}
      {workspaceOpen && (
        <Suspense fallback={<div className="cypher-drawer loading">Loading the Cypher editor…</div>}>
          <WorkspaceDrawer />
        </Suspense>
      )}
    </section>
  );
}
