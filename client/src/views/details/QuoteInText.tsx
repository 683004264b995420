// A quote inside its sentence, with some context either side (not the whole source), the quote highlighted in place.
import { highlightRuns, sentenceExcerpt } from "../../core/reader/utils";

interface Props {
  text: string;
  start: number;
  end: number;
  language: string | undefined;
}

const RTL_LANGUAGES = new Set(["ar", "fa", "he", "ur"]);

export function QuoteInText({ text, start, end, language }: Props) {
  const excerpt = sentenceExcerpt(text, { start, end }, language ?? "und");
  const runs = highlightRuns(text, [{ start, end }], excerpt.start, excerpt.end);
  return (
    <p
      className="quote-in-text source-text"
      dir={RTL_LANGUAGES.has(language ?? "") ? "rtl" : "auto"}
      lang={language}
      data-testid="quote-in-text"
      data-start={excerpt.start}
      data-end={excerpt.end}
    >
      {excerpt.cutBefore && <span className="context-cut">…</span>}
      {runs.map((run) =>
        run.spans.length > 0 ? (
          <mark key={run.start} data-testid="evidence-mark">
            {run.text}
          </mark>
        ) : (
          <span key={run.start} className="context">
            {run.text}
          </span>
        ),
      )}
      {excerpt.cutAfter && <span className="context-cut">…</span>}
    </p>
  );
}
