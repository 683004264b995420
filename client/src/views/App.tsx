// The explorer's frame: header, side panels, the graph, the details panel, a claim group and the source reader.
import { useEffect } from "react";
import { graphDatasetAtom } from "../core/dataset";
import { startLinkSync } from "../core/deeplink";
import { loadOverview, unselect } from "../core/exploration/index";
import { pollHealth } from "../core/health";
import { historyAtom, redo, undo } from "../core/history";
import { canRedo, canUndo } from "../core/history/utils";
import { restoreSavedLayout } from "../core/layout";
import { notify } from "../core/notices";
import { loadSources, readerAtom } from "../core/reader";
import { retrySearch } from "../core/search";
import { selectionAtom } from "../core/selection";
import { bindSigmaGraph } from "../core/sigma/binding";
import { useAtomValue } from "../core/utils/useAtom";
import { GraphArea } from "./canvas/GraphArea";
import { ClaimGroupView } from "./claims/ClaimGroupView";
import { ErrorBoundary } from "./common/ErrorBoundary";
import { Toasts } from "./common/Toasts";
import { DetailsPanel } from "./details/DetailsPanel";
import { Header } from "./Header";
import { HealthBanner } from "./health/HealthBanner";
import { installShortcuts } from "./keys/shortcuts";
import { SourceReader } from "./reader/SourceReader";
import { Sidebar } from "./Sidebar";
import { StatusBar } from "./StatusBar";
import { WorkbenchLayer } from "./workbench/WorkbenchLayer";

export function App() {
  const reader = useAtomValue(readerAtom);

  useEffect(() => {
    const unbind = bindSigmaGraph();
    restoreSavedLayout();
    // The link in the URL (queries, selection, filters, camera) or else the overview; then the URL follows the view.
    const stopLinkSync = startLinkSync();
    // Sources (titles and texts for the filters and the reader) are asked for once the first view has loaded, so
    // their query does not compete with the overview stream for the server's CPU.
    const settled = () => graphDatasetAtom.get().status !== "loading" && graphDatasetAtom.get().status !== "idle";
    let stopWaiting = () => {};
    if (settled()) void loadSources();
    else
      stopWaiting = graphDatasetAtom.subscribe(() => {
        if (!settled()) return;
        stopWaiting();
        void loadSources();
      });
    const stopPolling = pollHealth(() => {
      notify("Connection restored.");
      if (graphDatasetAtom.get().status !== "ready") void loadOverview();
      void loadSources();
      retrySearch();
    });
    const stopShortcuts = installShortcuts({
      undo: () => {
        if (!canUndo(historyAtom.get())) return false;
        undo();
        return true;
      },
      redo: () => {
        if (!canRedo(historyAtom.get())) return false;
        redo();
        return true;
      },
      // The open source reader closes on Escape first (its own handler); then Escape clears the selection.
      "clear-selection": () => {
        if (readerAtom.get().sourceId !== null || selectionAtom.get().selected === null) return false;
        unselect();
        return true;
      },
    });
    return () => {
      stopShortcuts();
      stopWaiting();
      stopPolling();
      stopLinkSync();
      unbind();
    };
  }, []);

  return (
    <div className="app">
      <HealthBanner />
      <Header />
      <main className="workspace">
        <ErrorBoundary where="the side panel" compact>
          <Sidebar />
        </ErrorBoundary>
        <ErrorBoundary where="the graph view">
          <GraphArea />
        </ErrorBoundary>
        <ErrorBoundary where="the details panel" compact>
          <DetailsPanel />
        </ErrorBoundary>
        <ErrorBoundary where="the claim group" compact>
          <ClaimGroupView />
        </ErrorBoundary>
        {reader.sourceId && (
          <ErrorBoundary where="the source reader" compact>
            <SourceReader />
          </ErrorBoundary>
        )}
        <WorkbenchLayer />
      </main>
      <StatusBar />
      <Toasts />
    </div>
  );
}
