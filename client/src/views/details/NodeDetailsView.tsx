// Details of a node: names, actions, its own evidence (claims), its relations and claims, each with every quote.
import type { RelationSummary } from "@domain/contracts/api";
import { appearanceAtom } from "../../core/appearance";
import { relationLabel } from "../../core/appearance/text";
import { graphDatasetAtom } from "../../core/dataset";
import { nodeName } from "../../core/dataset/utils";
import { detailsAtom } from "../../core/details";
import { formatFigure, formatPeriod } from "../../core/details/format";
import { useAtomValue } from "../../core/utils/useAtom";
import { ClaimCard } from "./ClaimCard";
import { EvidenceItem } from "./EvidenceItem";
import { NodeActions } from "./NodeActions";
import { NodeHeader } from "./NodeHeader";
import { NodeLink } from "./NodeLink";
import { Properties } from "./Properties";

export function NodeDetailsView({ id }: { id: string }) {
  const data = useAtomValue(graphDatasetAtom);
  const state = useAtomValue(detailsAtom);
  const { language } = useAtomValue(appearanceAtom);
  const details = state.id === id ? state.details : null;
  const node = data.graph.hasNode(id) ? data.graph.getNodeAttributes(id) : details?.attributes;
  if (!node) return <p className="muted">This node is no longer on the canvas.</p>;
  const figure =
    node.kind === "claim"
      ? formatFigure({
          value: node.value,
          min: node.min,
          max: node.max,
          unit: node.unit,
          currency: node.currency,
          approximate: node.approximate === true,
        })
      : null;
  const period = node.kind === "claim" ? formatPeriod(node.periodStart, node.periodEnd) : null;
  // An entity's claims have their own sections; a claim's links to entities are its relations.
  const relations = (details?.relations ?? []).filter((r) => node.kind === "claim" || r.otherKind !== "claim");
  const stated = details?.claims.filter((c) => c.role === "states") ?? [];
  const about = details?.claims.filter((c) => c.role === "about") ?? [];

  return (
    <div className="node-details" data-testid="node-details" data-id={id}>
      <NodeHeader id={id} node={node} />
      {(figure || period) && (
        <div className="claim-meta">
          {figure && <span className="figure">{figure}</span>}
          {period && <span className="period">{period}</span>}
        </div>
      )}
      <NodeActions id={id} name={nodeName(node, language)} kind={node.kind} />
      {state.id === id && state.status === "loading" && <p className="muted">Loading evidence…</p>}
      {state.id === id && state.status === "error" && (
        <p className="error" role="alert">
          Could not load the details: {state.error}
        </p>
      )}
      {details && details.evidence.length > 0 && (
        <section>
          <h3>Evidence ({details.evidence.length})</h3>
          {details.evidence.map((e) => (
            <EvidenceItem key={`${e.sourceId}:${e.start}:${e.end}`} evidence={e} />
          ))}
        </section>
      )}
      {relations.length > 0 && (
        <section data-testid="relations">
          <h3>
            Relations ({relations.length}
            {details?.relationsTruncated ? "+" : ""})
          </h3>
          {relations.map((r) => (
            <Relation key={r.key} relation={r} />
          ))}
        </section>
      )}
      {stated.length > 0 && (
        <section data-testid="claims-stated">
          <h3>Claims stated ({stated.length})</h3>
          {stated.map((c) => (
            <ClaimCard key={c.id} claim={c} />
          ))}
        </section>
      )}
      {about.length > 0 && (
        <section data-testid="claims-about">
          <h3>Claims about it ({about.length})</h3>
          {about.map((c) => (
            <ClaimCard key={c.id} claim={c} />
          ))}
        </section>
      )}
      {details && <Properties properties={details.properties} />}
    </div>
  );
}

function Relation({ relation: r }: { relation: RelationSummary }) {
  return (
    <article className="relation" data-testid="relation" data-type={r.type}>
      <p className="relation-line">
        {r.direction === "out" ? (
          <>
            <span className="rel">{relationLabel(r.type)}</span> → <NodeLink id={r.otherId} label={r.otherLabel} />
          </>
        ) : (
          <>
            <NodeLink id={r.otherId} label={r.otherLabel} /> → <span className="rel">{relationLabel(r.type)}</span> →
            this
          </>
        )}
      </p>
      <Properties properties={r.properties} open />
      {r.evidence.map((e) => (
        <EvidenceItem key={`${e.sourceId}:${e.start}:${e.end}`} evidence={e} />
      ))}
    </article>
  );
}
