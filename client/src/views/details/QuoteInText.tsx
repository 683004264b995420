// A source's full text in a small scrolling box, with one quote highlighted in place and scrolled into view.
import { useLayoutEffect, useRef } from "react";
import { highlightRuns } from "../../core/reader/utils";

interface Props {
  text: string;
  start: number;
  end: number;
  language: string | undefined;
}

export function QuoteInText({ text, start, end, language }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const mark = useRef<HTMLElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the box re-scrolls whenever the quote or text changes.
  useLayoutEffect(() => {
    const container = box.current;
    const target = mark.current;
    if (!container || !target) return;
    container.scrollTop = Math.max(0, target.offsetTop - container.offsetTop - container.clientHeight / 3);
  }, [text, start, end]);
  const runs = highlightRuns(text, [{ start, end }]);
  const rtl = language === "ar" || language === "fa" || language === "he" || language === "ur";
  return (
    <div
      className="quote-in-text source-text"
      ref={box}
      dir={rtl ? "rtl" : "auto"}
      lang={language}
      data-testid="quote-in-text"
    >
      {runs.map((run) =>
        run.spans.length > 0 ? (
          <mark key={run.start} ref={mark} data-testid="evidence-mark">
            {run.text}
          </mark>
        ) : (
          <span key={run.start}>{run.text}</span>
        ),
      )}
    </div>
  );
}
