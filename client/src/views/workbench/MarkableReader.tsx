// The workbench's reader: the draft's text, each paragraph in its own direction (right-to-left where it is Arabic),
// every mark and open suggestion highlighted; a selection becomes a span of exact offsets, never typed.
import { memo, useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { highlightRuns } from "../../core/reader/utils";
import { type Layer, paragraphsOf } from "../../core/workbench/spans";

interface Props {
  text: string;
  language: string;
  direction: "rtl" | "ltr";
  layers: Layer[];
  /** The mark or suggestion to scroll to. */
  focus: string | null;
  /** A selection from `a` to `b` (either order, UTF-16 offsets), or null when the selection was cleared. */
  onSelect: (a: number, b: number) => void;
  onClear: () => void;
  /** A highlighted mark or suggestion was clicked. */
  onPick: (layer: Layer) => void;
  onKey: (event: React.KeyboardEvent<HTMLDivElement>) => void;
}

/** The text offset of a DOM position inside the reader: each run is one element holding one text node. */
function offsetOf(root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>("[data-start]");
    if (!run || !root.contains(run)) return null;
    return Number(run.dataset.start) + offset;
  }
  const element = node as Element;
  const child = element.childNodes[offset];
  if (child) {
    const run =
      child instanceof HTMLElement && child.dataset.start !== undefined
        ? child
        : (child as Element).querySelector?.<HTMLElement>("[data-start]");
    if (run) return Number(run.dataset.start);
  }
  const runs = element.querySelectorAll<HTMLElement>("[data-start]");
  const last = runs[runs.length - 1];
  return last ? Number(last.dataset.start) + (last.textContent?.length ?? 0) : null;
}

const ORDER: Record<Layer["kind"], number> = { selection: 0, mention: 1, relation: 2, claim: 3, suggestion: 4 };

export const MarkableReader = memo(function MarkableReader({
  text,
  language,
  direction,
  layers,
  focus,
  onSelect,
  onClear,
  onPick,
  onKey,
}: Props) {
  const root = useRef<HTMLDivElement>(null);
  const paragraphs = useMemo(() => paragraphsOf(text), [text]);
  const selected = layers.some((l) => l.kind === "selection");

  // The selection was used or cleared (a mark saved, Escape): the browser's own highlight goes too.
  useEffect(() => {
    const selection = window.getSelection();
    if (!selected && selection?.anchorNode && root.current?.contains(selection.anchorNode)) selection.removeAllRanges();
  }, [selected]);

  useLayoutEffect(() => {
    if (!focus) return;
    const container = root.current;
    const target = container?.querySelector<HTMLElement>(`[data-layers~="${CSS.escape(focus)}"]`);
    if (!container || !target) return;
    const box = container.getBoundingClientRect();
    const at = target.getBoundingClientRect();
    if (at.top < box.top || at.bottom > box.bottom) {
      container.scrollTop += at.top - box.top - container.clientHeight / 3;
    }
  }, [focus]);

  const readSelection = () => {
    const container = root.current;
    const selection = window.getSelection();
    if (!container || !selection || selection.rangeCount === 0) return;
    if (selection.isCollapsed) {
      onClear();
      return;
    }
    const range = selection.getRangeAt(0);
    const a = offsetOf(container, range.startContainer, range.startOffset);
    const b = offsetOf(container, range.endContainer, range.endOffset);
    if (a === null || b === null) return;
    onSelect(a, b);
  };

  return (
    <div
      className="wb-reader source-text"
      ref={root}
      dir={direction}
      lang={language}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the reader takes keys (M, R, C, N, Escape) for its selection.
      tabIndex={0}
      data-own-keys
      data-testid="wb-reader"
      onMouseUp={readSelection}
      onClick={(e) => {
        // A click (not a selection) on a highlight picks the mark or suggestion it shows.
        const selection = window.getSelection();
        if (selection && !selection.isCollapsed) return;
        const mark = (e.target as HTMLElement).closest<HTMLElement>("mark[data-top]");
        const layer = layers.find((l) => l.id === mark?.dataset.top);
        if (layer) onPick(layer);
      }}
      onKeyUp={(e) => {
        if (e.shiftKey) readSelection();
      }}
      onKeyDown={onKey}
      role="document"
      aria-label="The document: select words to mark them as evidence"
    >
      {paragraphs.map((p) => (
        <p key={p.start} className="wb-paragraph" dir="auto">
          {highlightRuns(text, layers, p.start, p.end).map((run) => {
            if (run.spans.length === 0) {
              return (
                <span key={run.start} data-start={run.start}>
                  {run.text}
                </span>
              );
            }
            const own = run.spans.map((i) => layers[i] as Layer).sort((x, y) => ORDER[x.kind] - ORDER[y.kind]);
            const kinds = [...new Set(own.map((l) => `wb-${l.kind}`))].join(" ");
            const top = own.find((l) => l.kind !== "selection") ?? own[0];
            return (
              <mark
                key={run.start}
                data-start={run.start}
                className={`${kinds}${focus && own.some((l) => l.id === focus) ? " wb-focus" : ""}`}
                data-layers={own.map((l) => l.id).join(" ")}
                data-top={top?.id}
                data-testid="wb-highlight"
              >
                {run.text}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
});
