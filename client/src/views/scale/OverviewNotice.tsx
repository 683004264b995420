// Above the overview threshold: says the page shows the most connected nodes, and counts what is left out.
import { overviewAtom } from "../../core/scale/overview";
import { useAtomValue } from "../../core/utils/useAtom";
import "./scale.css";

const n = (x: number) => x.toLocaleString("en");
const list = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([, c]) => c > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([k, c]) => `${k} ${n(c)}`)
    .join(", ");

export function OverviewNotice() {
  const answer = useAtomValue(overviewAtom);
  if (!answer?.overview) return null;
  const { total, shown, leftOut } = answer;
  return (
    <div className="overview-notice" data-testid="overview-notice" role="note">
      <strong>
        Overview: the {n(shown.nodes)} most connected of {n(total.nodes)} nodes, {n(shown.relationships)} of{" "}
        {n(total.relationships)} relationships.
      </strong>{" "}
      <span data-testid="overview-left-out">
        Left out: {n(leftOut.nodes)} nodes ({list(leftOut.nodesByLabel)}) and {n(leftOut.relationships)} relationships (
        {list(leftOut.relationshipsByType)}).
      </span>{" "}
      Search, expand (double-click) and trace reach all of them.
    </div>
  );
}
