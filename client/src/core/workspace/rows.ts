// The result table: a readable text for every Neo4j value (node, relationship, path, list, map) and row sorting.

export interface SortState {
  column: string;
  direction: "asc" | "desc";
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const isNode = (v: Record<string, unknown>) => Array.isArray(v.labels) && isRecord(v.properties);
const isRelationship = (v: Record<string, unknown>) => typeof v.type === "string" && "startNodeElementId" in v;
const isPath = (v: Record<string, unknown>) => Array.isArray(v.segments) && "start" in v;

function nodeName(v: Record<string, unknown>): string {
  const p = isRecord(v.properties) ? v.properties : {};
  const name = p.name ?? p.title ?? p.statement ?? p.id;
  const labels = (v.labels as unknown[]).filter((l) => l !== "Entity").join(":");
  return `(${labels ? `:${labels}` : ""}${name !== undefined ? ` ${String(name)}` : ""})`;
}

/** One line of text for a cell: nodes as (:Label name), relationships as [:TYPE], paths as their chain. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(cellText).join(", ")}]`;
  if (isRecord(value)) {
    if (isNode(value)) return nodeName(value);
    if (isRelationship(value)) return `[:${String(value.type)}]`;
    if (isPath(value)) {
      const segments = value.segments as Record<string, unknown>[];
      let out = isRecord(value.start) ? nodeName(value.start) : "()";
      for (const s of segments) {
        const rel = isRecord(s.relationship) ? String(s.relationship.type) : "?";
        out += `-[:${rel}]-${isRecord(s.end) ? nodeName(s.end) : "()"}`;
      }
      return out;
    }
    return JSON.stringify(value);
  }
  return String(value);
}

/** Numbers sort as numbers (big integers arrive as digit strings), everything else by its text, nulls last. */
function compare(a: unknown, b: unknown): number {
  const empty = (v: unknown) => v === null || v === undefined;
  if (empty(a) || empty(b)) return empty(a) === empty(b) ? 0 : empty(a) ? 1 : -1;
  const numeric = (v: unknown) =>
    typeof v === "number" ? v : typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : null;
  const na = numeric(a);
  const nb = numeric(b);
  if (na !== null && nb !== null) return na - nb;
  return cellText(a).localeCompare(cellText(b));
}

/** A sorted copy of the rows; the order of equal rows is kept. */
export function sortRows<R extends Record<string, unknown>>(rows: readonly R[], sort: SortState | null): R[] {
  if (!sort) return [...rows];
  const sign = sort.direction === "asc" ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((x, y) => sign * compare(x.row[sort.column], y.row[sort.column]) || x.i - y.i)
    .map((x) => x.row);
}

/** Clicking a header: ascending first, then descending, then back to the server's order. */
export const nextSort =
  (column: string) =>
  (sort: SortState | null): SortState | null => {
    if (!sort || sort.column !== column) return { column, direction: "asc" };
    return sort.direction === "asc" ? { column, direction: "desc" } : null;
  };

export const MIN_COLUMN_WIDTH = 60;

/** A column's new width after dragging its edge by `delta` pixels. */
export function resizedWidth(width: number, delta: number): number {
  return Math.max(MIN_COLUMN_WIDTH, Math.round(width + delta));
}
