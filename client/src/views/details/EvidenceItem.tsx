// One piece of evidence: the quote highlighted in its source's full text, its English gloss, and a link to the reader.
import type { Evidence } from "@domain/model";
import { useRef } from "react";
import { formatAuthorship } from "../../core/details/format";
import { openSource } from "../../core/reader";
import { quoteMatches } from "../../core/reader/utils";
import { QuoteInText } from "./QuoteInText";
import { useNearView, useSource } from "./useSource";

/** Sources longer than this show the quote with context instead of the whole text. */
const FULL_TEXT_MAX = 60_000;

interface Props {
  evidence: Evidence & { before?: string; after?: string; sourceTitle?: string | undefined };
}

export function EvidenceItem({ evidence }: Props) {
  // Until the card comes near the view, the quote is shown with the context the details carry.
  const figure = useRef<HTMLElement>(null);
  const { source, failed } = useSource(evidence.sourceId, useNearView(figure));
  const located = source ? quoteMatches(source.text, evidence) : true;
  const title = evidence.sourceTitle ?? source?.title ?? evidence.sourceId;
  return (
    <figure className="evidence" data-testid="evidence" ref={figure}>
      {source && located && source.text.length <= FULL_TEXT_MAX ? (
        <QuoteInText text={source.text} start={evidence.start} end={evidence.end} language={source.language} />
      ) : (
        <blockquote className="source-text quote-only" dir="auto">
          {evidence.before && <span className="context">…{evidence.before}</span>}
          <mark>{evidence.quote}</mark>
          {evidence.after && <span className="context">{evidence.after}…</span>}
        </blockquote>
      )}
      {evidence.gloss && (
        <p className="gloss" lang="en" dir="ltr">
          <span className="gloss-label">English gloss</span> {evidence.gloss}
        </p>
      )}
      <figcaption>
        {!located && <span className="warn">The quote is no longer at its recorded place in the source. </span>}
        {failed && <span className="warn">The source text could not be loaded. </span>}
        <button
          type="button"
          className="link open-source"
          title={`Open “${title}” with every piece of evidence highlighted`}
          onClick={() => void openSource(evidence.sourceId, { start: evidence.start, end: evidence.end })}
          data-testid="open-source"
        >
          Open in the source reader
        </button>
        <span className="offsets">
          [{evidence.start}–{evidence.end})
        </span>
        {evidence.addedBy && (
          <span className="authorship" data-testid="evidence-authorship">
            {formatAuthorship(evidence.addedBy, evidence.addedAt)}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
