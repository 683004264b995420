// The legend's key to edge width: independent sources behind an edge, not its quotes or documents.
import { EDGE_COLOR, EDGE_MULTI_SOURCE_COLOR, EDGE_SINGLE_SOURCE_COLOR } from "../../core/appearance/palette";
import { edgeSize, MAX_EDGE_SUPPORT } from "../../core/appearance/utils";
import { filtersAtom } from "../../core/filters";
import { useAtomValue } from "../../core/utils/useAtom";
import "./claims.css";

const STEPS = [1, 2, MAX_EDGE_SUPPORT];

export function EdgeSupportKey() {
  const { singleSourceOnly, supportHighlight } = useAtomValue(filtersAtom);
  const single = supportHighlight === "single";
  const strokeOf = (n: number) => {
    if (!singleSourceOnly) return EDGE_COLOR;
    if (single) return n === 1 ? EDGE_SINGLE_SOURCE_COLOR : EDGE_COLOR;
    return n >= 2 ? EDGE_MULTI_SOURCE_COLOR : EDGE_COLOR;
  };
  return (
    <span
      className="edge-key"
      title={
        "Edge width counts independent sources: quotes of one document, documents of one publisher, and a document " +
        "and a work it cites count once; a researcher's mark on two sources wins."
      }
      data-testid="legend-edge-support"
    >
      Edge width = independent sources:
      {STEPS.map((n) => (
        <span key={n} className="edge-key-step">
          <svg width="22" height="8" aria-hidden="true">
            <line x1="1" y1="4" x2="21" y2="4" stroke={strokeOf(n)} strokeWidth={edgeSize(n)} />
          </svg>
          {n === MAX_EDGE_SUPPORT ? `${n}+` : n}
        </span>
      ))}
      {singleSourceOnly && (
        <span className={single ? "edge-key-note" : "edge-key-note multiple"}>
          {single ? "amber: one independent source" : "green: two or more independent sources"}
        </span>
      )}
    </span>
  );
}
