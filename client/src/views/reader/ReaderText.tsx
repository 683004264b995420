// One row of the reader: a stretch of the original with its evidence spans marked, and its translation beside it.
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

export function ReaderText({ source, row, focus, translation }: Props) {
  const text = source.text;
  if (isBlank(text.slice(row.start, row.end)) && !translation) return null;
  const runs = highlightRuns(text, source.spans, row.start, row.end);
  const rtl = RTL_LANGUAGES.has(source.language ?? "");
  return (
    <div className="reader-row">
      <p className="source-text original" dir={rtl ? "rtl" : "auto"} lang={source.language}>
        {runs.map((run) => {
          if (run.spans.length === 0) return <span key={run.start}>{run.text}</span>;
          const focused = focus !== null && run.start < focus.end && run.end > focus.start;
          const titles = run.spans.map((i) => describe(source.spans[i] as SourceSpan)).join("\n\n");
          return (
            <mark
              key={run.start}
              className={`${focused ? "focus" : ""} depth-${Math.min(run.spans.length, 3)}`}
              title={titles}
              data-testid={focused ? "reader-focus" : undefined}
            >
              {run.text}
            </mark>
          );
        })}
      </p>
      {translation !== null && (
        <p className="translation" lang="en" dir="ltr">
          {translation}
        </p>
      )}
    </div>
  );
}
