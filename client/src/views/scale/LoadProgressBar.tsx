// The progress bar of a large graph's streamed load: nodes and edges received out of those announced.
import { loadProgressAtom } from "../../core/scale";
import "./scale.css";
import { progressFraction } from "../../core/scale/utils";
import { useAtomValue } from "../../core/utils/useAtom";

export function LoadProgressBar() {
  const progress = useAtomValue(loadProgressAtom);
  if (!progress.active) return null;
  const fraction = progressFraction(progress);
  const n = (x: number) => x.toLocaleString("en");
  return (
    <div className="load-progress" data-testid="load-progress" role="status">
      <progress max={1} value={fraction} aria-label="Loading the graph" />
      <span>
        Loading the graph: {n(progress.loaded.nodes)} of {n(progress.expected.nodes)} nodes, {n(progress.loaded.edges)}{" "}
        of {n(progress.expected.edges)} edges
      </span>
    </div>
  );
}
