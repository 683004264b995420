// A claim in a node's details: what it says in English and in the source's words, its figure, and its evidence.
import type { NodeDetails } from "@domain/contracts/api";
import { formatFigure, formatPeriod } from "../../core/details/format";
import { EvidenceItem } from "./EvidenceItem";
import { NodeLink } from "./NodeLink";

type ClaimEntry = NodeDetails["claims"][number];

export function ClaimCard({ claim }: { claim: ClaimEntry }) {
  const a = claim.attributes;
  const figure = formatFigure({
    value: a.value,
    min: a.min,
    max: a.max,
    unit: a.unit,
    currency: a.currency,
    approximate: a.approximate === true,
  });
  const period = formatPeriod(a.periodStart, a.periodEnd);
  return (
    <article className="claim" data-testid="claim">
      <div className="claim-meta">
        <span className={`badge ${claim.role}`}>{claim.role === "states" ? "states" : "is about"}</span>
        {figure && <span className="figure">{figure}</span>}
        {period && <span className="period">{period}</span>}
      </div>
      <p className="claim-statement">
        <NodeLink id={claim.id} label={a.statement ?? a.label} />
      </p>
      {a.original && (
        <p className="original" dir="auto" lang="ar">
          {a.original}
        </p>
      )}
      {claim.evidence.length > 0 && (
        <details className="evidence-list" open>
          <summary>
            Evidence ({claim.evidence.length} {claim.evidence.length === 1 ? "quote" : "quotes"})
          </summary>
          {claim.evidence.map((e) => (
            <EvidenceItem key={`${e.sourceId}:${e.start}:${e.end}`} evidence={e} />
          ))}
        </details>
      )}
    </article>
  );
}
