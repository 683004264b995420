// The result as a table: every row up to the server's caps, sortable by clicking a header, columns resizable by dragging.

import type { Cell } from "@domain/contracts/cell";
import { type PointerEvent, useMemo, useState } from "react";
import { cellText, nextSort, resizedWidth, type SortState, sortRows } from "../../core/workspace/rows";

const DEFAULT_WIDTH = 180;

/** Nulls and omitted cells read differently from text that happens to say "null". */
const cellClass = (cell: Cell | undefined) =>
  cell?.$type === "Null" ? "cell-null" : cell?.$type === "Omitted" ? "cell-omitted" : undefined;

export function ResultTable({ columns, rows }: { columns: string[]; rows: Cell[][] }) {
  const [sort, setSort] = useState<SortState | null>(null);
  const [widths, setWidths] = useState<Record<string, number>>({});
  const sorted = useMemo(() => sortRows(rows, columns, sort), [rows, columns, sort]);

  const startResize = (column: string) => (event: PointerEvent<HTMLSpanElement>) => {
    event.preventDefault();
    event.stopPropagation();
    const handle = event.currentTarget;
    handle.setPointerCapture(event.pointerId);
    const startX = event.clientX;
    const startWidth = widths[column] ?? DEFAULT_WIDTH;
    const move = (e: globalThis.PointerEvent) =>
      setWidths((w) => ({ ...w, [column]: resizedWidth(startWidth, e.clientX - startX) }));
    const up = () => {
      handle.removeEventListener("pointermove", move);
      handle.removeEventListener("pointerup", up);
    };
    handle.addEventListener("pointermove", move);
    handle.addEventListener("pointerup", up);
  };

  if (columns.length === 0) return <p className="muted pad">The query returned no columns.</p>;
  return (
    <div className="result-table-wrap">
      <table
        className="result-table"
        data-testid="result-table"
        style={{ width: `${columns.reduce((sum, c) => sum + (widths[c] ?? DEFAULT_WIDTH), 0)}px` }}
      >
        <colgroup>
          {columns.map((c) => (
            <col key={c} style={{ width: `${widths[c] ?? DEFAULT_WIDTH}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((c) => {
              const direction = sort?.column === c ? sort.direction : null;
              return (
                <th
                  key={c}
                  scope="col"
                  aria-sort={direction === "asc" ? "ascending" : direction === "desc" ? "descending" : "none"}
                  data-testid="result-column"
                  data-column={c}
                >
                  <button type="button" className="th-sort" onClick={() => setSort(nextSort(c))} title="Sort">
                    {c}
                    <span className="sort-mark">{direction === "asc" ? " ▲" : direction === "desc" ? " ▼" : ""}</span>
                  </button>
                  <span
                    className="col-resize"
                    aria-hidden="true"
                    title={`Drag to resize ${c}`}
                    data-testid="col-resize"
                    onPointerDown={startResize(c)}
                  />
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row, i) => (
            // Rows have no identity of their own; the index within this sorted list is stable for a render.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            <tr key={i} data-testid="result-row">
              {columns.map((c, j) => {
                const cell = row[j];
                const text = cell ? cellText(cell) : "";
                return (
                  <td
                    key={c}
                    className={cellClass(cell)}
                    title={text.length > 60 ? text : undefined}
                    dir="auto"
                    data-type={cell?.$type}
                  >
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
