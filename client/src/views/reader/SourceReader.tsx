// The source reader: a document's full text with every evidence span highlighted, its translation alongside.

import type { SourceDetails } from "@domain/contracts/api";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { closeSource, readerAtom } from "../../core/reader";
import { readerRows, type SelectedItem, selectionSpanIndexes } from "../../core/reader/utils";
import { selectionAtom } from "../../core/selection";
import { useAtomValue } from "../../core/utils/useAtom";
import { ReaderText } from "./ReaderText";
import { SourceMeta } from "./SourceMeta";

export function SourceReader() {
  const reader = useAtomValue(readerAtom);
  const selected = useAtomValue(selectionAtom).selected;
  const [showTranslation, setShowTranslation] = useState(true);
  const body = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && !e.defaultPrevented) {
        e.preventDefault();
        closeSource();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useLayoutEffect(() => {
    const container = body.current;
    const target = container?.querySelector<HTMLElement>("mark.focus");
    if (!container || !target) return;
    container.scrollTop = Math.max(0, target.offsetTop - container.offsetTop - container.clientHeight / 3);
  });

  const source = reader.source;
  return (
    <section className="reader" aria-label="Source reader" data-testid="source-reader">
      <div className="reader-head">
        <div className="reader-title">
          <span className="muted">Source</span>
          <h2 dir="auto">{source?.title ?? reader.sourceId}</h2>
        </div>
        {source?.translation && (
          <label className="check">
            <input type="checkbox" checked={showTranslation} onChange={(e) => setShowTranslation(e.target.checked)} />
            <span>English translation alongside</span>
          </label>
        )}
        <button type="button" className="icon close" aria-label="Close the source" onClick={closeSource}>
          ×
        </button>
      </div>
      {reader.status === "loading" && <p className="muted pad">Loading the source…</p>}
      {reader.status === "error" && (
        <p className="error pad" role="alert">
          Could not load the source: {reader.error}
        </p>
      )}
      {source && (
        <div className="reader-body" ref={body}>
          <SourceMeta source={source} />
          <Rows
            source={source}
            focus={reader.focus}
            showTranslation={showTranslation}
            selected={selected ? { kind: selected.kind, id: selected.id } : null}
          />
        </div>
      )}
    </section>
  );
}

function Rows({
  source,
  focus,
  showTranslation,
  selected,
}: {
  source: SourceDetails;
  focus: { start: number; end: number } | null;
  showTranslation: boolean;
  selected: SelectedItem | null;
}) {
  // The selection's evidence is highlighted, the chosen span most; with no selection (or none of it here), every span.
  const mine = selectionSpanIndexes(source.spans, selected);
  const shown = mine.length > 0 ? new Set(mine) : null;
  const segments = (source.translation?.segments ?? []).map((s) => ({ start: s.start, end: s.end, text: s.text }));
  const rows = readerRows(source.text.length, segments);
  const withTranslation = showTranslation && segments.length > 0;
  return (
    <div className={withTranslation ? "reader-rows two-columns" : "reader-rows"}>
      {withTranslation && (
        <div className="reader-row reader-columns-head">
          <div>Original ({source.language ?? "?"})</div>
          <div>
            Translation ({source.translation?.language}) ·{" "}
            <span className="muted">{source.translation?.translator}</span>
          </div>
        </div>
      )}
      {rows.map((row) => (
        <ReaderText
          key={row.start}
          source={source}
          row={row}
          focus={focus}
          translation={withTranslation ? (row.translation ?? "") : null}
          shown={shown}
        />
      ))}
    </div>
  );
}
