// Details of an edge: who relates to whom and how, its own properties, and every quote that supports it.
import { appearanceAtom } from "../../core/appearance";
import { relationLabel } from "../../core/appearance/text";
import { graphDatasetAtom } from "../../core/dataset";
import { nodeName } from "../../core/dataset/utils";
import { useAtomValue } from "../../core/utils/useAtom";
import { EvidenceItem } from "./EvidenceItem";
import { NodeLink } from "./NodeLink";
import { Properties } from "./Properties";

export function EdgeDetailsView({ id }: { id: string }) {
  const data = useAtomValue(graphDatasetAtom);
  const { language } = useAtomValue(appearanceAtom);
  const graph = data.graph;
  if (!graph.hasEdge(id)) return <p className="muted">This edge is no longer on the canvas.</p>;
  const a = graph.getEdgeAttributes(id);
  const [source, target] = graph.extremities(id);
  const own: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a)) if (k !== "type" && k !== "evidence" && k !== "sourceIds") own[k] = v;
  return (
    <div className="edge-details" data-testid="edge-details" data-id={id}>
      <header className="node-header">
        <div className="node-type">Relation</div>
        <h2 data-testid="details-title">
          <NodeLink id={source} label={nodeName(graph.getNodeAttributes(source), language)} />{" "}
          <span className="rel">{relationLabel(a.type)}</span>{" "}
          <NodeLink id={target} label={nodeName(graph.getNodeAttributes(target), language)} />
        </h2>
        <p className="muted">
          {a.evidence.length} {a.evidence.length === 1 ? "quote" : "quotes"} from {a.sourceIds.length}{" "}
          {a.sourceIds.length === 1 ? "source" : "sources"}
        </p>
      </header>
      <Properties properties={own} open />
      <section>
        <h3>Evidence</h3>
        {a.evidence.map((e) => (
          <EvidenceItem key={`${e.sourceId}:${e.start}:${e.end}`} evidence={e} />
        ))}
      </section>
    </div>
  );
}
