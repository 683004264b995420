// A source's metadata: publisher, date, language, link, and the works it cites.
import type { SourceDetails } from "@domain/contracts/api";

/** Only web links are made clickable; anything else is shown as text. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export function SourceMeta({ source }: { source: SourceDetails }) {
  const href = safeHref(source.url);
  return (
    <div className="source-meta">
      <dl className="inline">
        {source.publisher && (
          <div>
            <dt>Publisher</dt>
            <dd dir="auto">{source.publisher}</dd>
          </div>
        )}
        {source.date && (
          <div>
            <dt>Date</dt>
            <dd>{source.date}</dd>
          </div>
        )}
        {source.language && (
          <div>
            <dt>Language</dt>
            <dd>{source.language}</dd>
          </div>
        )}
        <div>
          <dt>Evidence</dt>
          <dd>{source.spans.length} highlighted spans</dd>
        </div>
        {source.url && (
          <div>
            <dt>Link</dt>
            <dd>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {source.url}
                </a>
              ) : (
                source.url
              )}
            </dd>
          </div>
        )}
      </dl>
      {source.cites.length > 0 && (
        <div className="cites">
          <span className="muted">Cites: </span>
          {source.cites.map((c) => (
            <span key={`${c.title}:${c.publisher ?? ""}`} className="cite" dir="auto">
              {c.publisher ? `${c.publisher}: ` : ""}
              {c.title}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
