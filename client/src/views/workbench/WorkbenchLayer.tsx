// The workbench in the explorer's frame: the header's button that opens it, and its screen over the graph, which a
// reload brings back with its draft (and an unconfirmed commit, whose status it asks first).
import { useEffect } from "react";
import { useAtomValue } from "../../core/utils/useAtom";
import { closeWorkbench, guardUnload, openWorkbench, restoreWorkbench, workbenchAtom } from "../../core/workbench";
import { ErrorBoundary } from "../common/ErrorBoundary";
import { WorkbenchScreen } from "./WorkbenchScreen";

export function WorkbenchLayer() {
  const { open } = useAtomValue(workbenchAtom);
  useEffect(() => {
    void restoreWorkbench();
    window.addEventListener("beforeunload", guardUnload);
    return () => window.removeEventListener("beforeunload", guardUnload);
  }, []);
  if (!open) return null;
  return (
    <ErrorBoundary where="the source workbench">
      <WorkbenchScreen />
    </ErrorBoundary>
  );
}

export function WorkbenchButton() {
  const { open } = useAtomValue(workbenchAtom);
  return (
    <button
      type="button"
      aria-pressed={open}
      onClick={() => (open ? closeWorkbench() : openWorkbench())}
      data-testid="open-workbench"
      title="Add a document and mark its evidence: the graph grows with sourced edges"
    >
      + Add a source
    </button>
  );
}
