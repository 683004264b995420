// Under "Attributed to": the claims the filter kept, each one click away from its details and evidence.
import { visibleAtom } from "../../core/chain/index";
import { graphDatasetAtom } from "../../core/dataset";
import { selectNode } from "../../core/exploration";
import { filtersAtom } from "../../core/filters";
import { useAtomValue } from "../../core/utils/useAtom";

export function AttributedClaims() {
  const filters = useAtomValue(filtersAtom);
  const visible = useAtomValue(visibleAtom);
  const { graph } = useAtomValue(graphDatasetAtom);
  if (!filters.attributedTo) return null;
  const claims = [...visible.nodes].filter((id) => graph.getNodeAttribute(id, "kind") === "claim").sort();
  return (
    <div className="attributed-claims" data-testid="attributed-claims">
      <p className="muted">
        {claims.length} {claims.length === 1 ? "claim" : "claims"} shown:
      </p>
      <ul>
        {claims.map((id) => (
          <li key={id}>
            <button type="button" className="link" onClick={() => selectNode(id, { camera: true })}>
              {graph.getNodeAttribute(id, "statement") ?? graph.getNodeAttribute(id, "label")}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
