// The right panel while a traced path is shown: each hop with every quote in its source text, and the gloss.
import { appearanceAtom } from "../../core/appearance";
import { relationLabel } from "../../core/appearance/text";
import { graphDatasetAtom } from "../../core/dataset";
import { nodeName } from "../../core/dataset/utils";
import { traceAtom } from "../../core/trace";
import { activePath } from "../../core/trace/utils";
import { useAtomValue } from "../../core/utils/useAtom";
import { EvidenceItem } from "../details/EvidenceItem";
import { NodeLink } from "../details/NodeLink";

export function TraceDetails() {
  const trace = useAtomValue(traceAtom);
  const { graph } = useAtomValue(graphDatasetAtom);
  const { language } = useAtomValue(appearanceAtom);
  const path = activePath(trace);
  if (!path) return null;
  const name = (id: string) => (graph.hasNode(id) ? nodeName(graph.getNodeAttributes(id), language) : id);
  const first = path.nodes[0] ?? "";
  const last = path.nodes.at(-1) ?? "";
  return (
    <div className="trace-details" data-testid="trace-details">
      <header className="node-header">
        <div className="node-type">
          Path {trace.active + 1} of {trace.result?.paths.length ?? 0} · {path.length}{" "}
          {path.length === 1 ? "hop" : "hops"}
        </div>
        <h2>
          <bdi>{name(first)}</bdi> → <bdi>{name(last)}</bdi>
        </h2>
      </header>
      <ol className="trace-hops">
        {path.steps.map((step, i) => {
          const from = path.nodes[i] ?? step.source;
          const to = path.nodes[i + 1] ?? step.target;
          const forward = step.direction === "forward";
          return (
            <li key={step.key} className="relation">
              <p className="relation-line">
                <NodeLink id={forward ? from : to} label={name(forward ? from : to)} />{" "}
                <span className="rel">{relationLabel(step.type)}</span>{" "}
                <NodeLink id={forward ? to : from} label={name(forward ? to : from)} />
              </p>
              {step.attributes.evidence.map((e) => (
                <EvidenceItem key={`${e.sourceId}:${e.start}:${e.end}`} evidence={e} />
              ))}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
