// One row of the reader: a stretch of the original with the selection's evidence marked, its translation beside it.
import type { SourceDetails, SourceSpan } from "@domain/contracts/api";
import { relationLabel } from "../../core/appearance/text";
import { graphDatasetAtom } from "../../core/dataset";
import { nodeName } from "../../core/dataset/utils";
import { highlightRuns, isBlank, type ReaderRow } from "../../core/reader/utils";

interface Props {
  source: SourceDetails;
  row: ReaderRow;
  focus: { start: number; end: number } | null;
  /** null: no translation column. */
  translation: string | null;
  /** Indexes of the spans to highlight (the selection's evidence); null highlights every span. */
  shown: ReadonlySet<number> | null;
}

const RTL_LANGUAGES = new Set(["ar", "fa", "he", "ur"]);

function describe(span: SourceSpan): string {
  const graph = graphDatasetAtom.get().graph;
  const name = (id: string | undefined) =>
    id && graph.hasNode(id) ? nodeName(graph.getNodeAttributes(id), "en") : (id ?? "");
  const what =
    span.on === "edge"
      ? `${name(span.source)} ${relationLabel(span.type)} ${name(span.target)}`
      : `claim: ${name(span.key)}`;
  return span.gloss ? `${what}\n“${span.gloss}”` : what;
}

export function ReaderText({ source, row, focus, translation, shown }: Props) {
  const text = source.text;
  if (isBlank(text.slice(row.start, row.end)) && !translation) return null;
  const runs = highlightRuns(text, source.spans, row.start, row.end);
  const rtl = RTL_LANGUAGES.has(source.language ?? "");
  const overlaps = (span: { start: number; end: number }) => span.start < row.end && span.end > row.start;
  // The translation is aligned by stretch, not by span: the stretch holding the evidence is marked as a whole.
  const holdsFocus = focus !== null && overlaps(focus);
  const holdsEvidence = source.spans.some((span, i) => (shown === null || shown.has(i)) && overlaps(span));
  const translationClass = holdsFocus
    ? "translation holds-focus"
    : holdsEvidence
      ? "translation holds-evidence"
      : "translation";
  return (
    <div className="reader-row">
      <p className="source-text original" dir={rtl ? "rtl" : "auto"} lang={source.language}>
        {runs.map((run) => {
          if (run.spans.length === 0) return <span key={run.start}>{run.text}</span>;
          const focused = focus !== null && run.start < focus.end && run.end > focus.start;
          const mine = shown === null ? run.spans : run.spans.filter((i) => shown.has(i));
          const titles = run.spans.map((i) => describe(source.spans[i] as SourceSpan)).join("\n\n");
          const kind = focused ? "focus" : mine.length > 0 ? `depth-${Math.min(mine.length, 3)}` : "other";
          return (
            <mark
              key={run.start}
              className={kind}
              title={titles}
              data-testid={focused ? "reader-focus" : mine.length > 0 ? "reader-mark" : "reader-other"}
            >
              {run.text}
            </mark>
          );
        })}
      </p>
      {translation !== null && (
        <p
          className={translationClass}
          lang="en"
          dir="ltr"
          data-testid={holdsFocus ? "translation-focus" : holdsEvidence ? "translation-mark" : undefined}
        >
          {translation}
        </p>
      )}
    </div>
  );
}
