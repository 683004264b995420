// A traced path read out as evidence: each hop with its quote and gloss, and the whole chain as copyable text.
import { relationLabel, truncate } from "../../core/appearance/text";
import { selectEdge } from "../../core/exploration";
import { notify } from "../../core/notices";
import { openSource } from "../../core/reader";
import type { ChainStep } from "../../core/trace/types";
import { chainText, QUOTE_MAX } from "../../core/trace/utils";

export function EvidenceChain({ steps }: { steps: ChainStep[] }) {
  const text = chainText(steps);
  return (
    <div className="chain" data-testid="evidence-chain">
      <h3>Chain of evidence</h3>
      <p className="chain-text" data-testid="chain-text">
        <bdi>{steps[0]?.fromLabel}</bdi>
        {steps.map((s) => (
          <span key={s.edgeKey}>
            {` ${s.direction === "forward" ? "→" : "←"} `}
            <bdi>{s.toLabel}</bdi> ({relationLabel(s.relation)}
            {/* The marks live inside the quote's own isolate: an Arabic quote puts « at its reading start (right) and »
                at its end, on the first and last line however it wraps, and the quote never reorders its neighbours. */}
            {s.quote && (
              <>
                :{" "}
                <bdi dir="auto" className="chain-quote">
                  «{truncate(s.quote, QUOTE_MAX)}»
                </bdi>
              </>
            )}
            {s.gloss && <span className="chain-gloss"> “{truncate(s.gloss, QUOTE_MAX)}”</span>})
          </span>
        ))}
      </p>
      <button
        type="button"
        className="link"
        onClick={() =>
          void navigator.clipboard?.writeText(text).then(
            () => notify("Chain copied."),
            () => notify("Copying is not allowed here; select the text instead."),
          )
        }
      >
        Copy as text
      </button>
      <ol className="chain-steps">
        {steps.map((s) => (
          <li key={s.edgeKey} className="chain-step">
            <button type="button" className="link step-line" onClick={() => selectEdge(s.edgeKey)}>
              <span dir="auto">{s.fromLabel}</span> {s.direction === "forward" ? "→" : "←"}{" "}
              <span className="rel">{relationLabel(s.relation)}</span> {s.direction === "forward" ? "→" : "←"}{" "}
              <span dir="auto">{s.toLabel}</span>
            </button>
            {s.quote && (
              <blockquote className="source-text" dir="auto" lang="ar">
                {s.quote}
              </blockquote>
            )}
            {s.gloss && (
              <p className="gloss" lang="en">
                <span className="gloss-label">English gloss</span> {s.gloss}
              </p>
            )}
            {s.sourceId && (
              <button type="button" className="link" onClick={() => void openSource(s.sourceId as string, s.span)}>
                Open in source
              </button>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
