// The result table: a readable text for every typed cell (node, relationship, path, list, map, float…) and row sorting.
import type { Cell, CellMap, NodeCell, RelationshipCell } from "@domain/contracts/cell";

export interface SortState {
  column: string;
  direction: "asc" | "desc";
}

/** A node as Cypher draws it: its labels but Entity, and its name, title, statement or id. */
function nodeText(node: NodeCell): string {
  const p = node._value._properties;
  const named = p.name ?? p.title ?? p.statement ?? p.id;
  const labels = node._value._labels.filter((l) => l !== "Entity").join(":");
  return `(${labels ? `:${labels}` : ""}${named && named.$type !== "Null" ? ` ${cellText(named)}` : ""})`;
}

const relationshipText = (rel: RelationshipCell) => `[:${rel._value._type}]`;

/** A path as its chain, each relationship pointing the way it points in the graph. */
function pathText(elements: readonly (NodeCell | RelationshipCell)[]): string {
  let out = "";
  let previous: string | null = null;
  for (const e of elements) {
    if (e.$type === "Node") {
      out += nodeText(e);
      previous = e._value._element_id;
    } else {
      const forward = e._value._start_node_element_id === previous;
      out += forward ? `-${relationshipText(e)}->` : `<-${relationshipText(e)}-`;
    }
  }
  return out;
}

/** A map key as Cypher writes it: bare when it is an identifier, else between backticks. */
const keyText = (key: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `\`${key.replace(/`/g, "``")}\``);

function mapText(map: CellMap): string {
  return `{${Object.keys(map)
    .map((k) => `${keyText(k)}: ${nestedText(map[k] as Cell)}`)
    .join(", ")}}`;
}

/** Inside a list or a map, strings are quoted, so "3" and 3 read differently. */
const nestedText = (cell: Cell): string => (cell.$type === "String" ? JSON.stringify(cell._value) : cellText(cell));

/** "1.2 MB", "340 KB", "512 B" (decimal units, as the notice of a cut answer gives them). */
export function byteSize(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${Math.round(bytes / 1e3)} KB`;
  return `${bytes} B`;
}

const BYTES_SHOWN = 32;

function bytesText(base64: string): string {
  const raw = atob(base64);
  const hex = [...raw.slice(0, BYTES_SHOWN)].map((c) => c.charCodeAt(0).toString(16).padStart(2, "0")).join("");
  return `0x${hex}${raw.length > BYTES_SHOWN ? "…" : ""} (${raw.length} bytes)`;
}

/**
 * One line of text for a cell: nodes as (:Label name), relationships as [:TYPE], paths as their chain, maps as
 * {key: value}, floats as Neo4j writes them (48.0, NaN, Infinity, 1.0E20), temporal values as Neo4j's toString(),
 * and a cell the server left out as a marked ⟨omitted …⟩.
 */
export function cellText(cell: Cell): string {
  switch (cell.$type) {
    case "Null":
      return "null";
    case "Boolean":
      return String(cell._value);
    case "List":
      return `[${cell._value.map(nestedText).join(", ")}]`;
    case "Map":
      return mapText(cell._value);
    case "Node":
      return nodeText(cell);
    case "Relationship":
      return relationshipText(cell);
    case "Path":
      return pathText(cell._value);
    case "Base64":
      return bytesText(cell._value);
    case "Omitted":
      return cell._value.reason === "bytes"
        ? `⟨omitted: ${byteSize(cell._value.bytes)}, over the answer's size limit⟩`
        : "⟨omitted: a value of a type the explorer cannot show⟩";
    default:
      return cell._value;
  }
}

/** A cell's number for sorting: integers exactly (as bigint), floats as numbers (NaN above +Infinity), else null. */
function numberOf(cell: Cell | undefined): bigint | number | null {
  if (cell?.$type === "Integer") return BigInt(cell._value);
  if (cell?.$type === "Float") return Number(cell._value);
  return null;
}

function compareNumbers(a: bigint | number, b: bigint | number): number {
  if (typeof a === "bigint" && typeof b === "bigint") return a < b ? -1 : a > b ? 1 : 0;
  const x = Number(a);
  const y = Number(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) === Number.isNaN(y) ? 0 : Number.isNaN(x) ? 1 : -1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Numbers first, as numbers (integers and floats together, big integers exactly), then the rest by text, nulls last. */
export function compareCells(a: Cell | undefined, b: Cell | undefined): number {
  const empty = (c: Cell | undefined) => c === undefined || c.$type === "Null";
  if (empty(a) || empty(b)) return empty(a) === empty(b) ? 0 : empty(a) ? 1 : -1;
  const na = numberOf(a);
  const nb = numberOf(b);
  if (na !== null && nb !== null) return compareNumbers(na, nb);
  if (na !== null || nb !== null) return na !== null ? -1 : 1;
  return cellText(a as Cell).localeCompare(cellText(b as Cell));
}

/** A sorted copy of the rows (lists of cells in the order of `columns`); the order of equal rows is kept. */
export function sortRows(rows: readonly Cell[][], columns: readonly string[], sort: SortState | null): Cell[][] {
  const index = sort ? columns.indexOf(sort.column) : -1;
  if (!sort || index < 0) return [...rows];
  const sign = sort.direction === "asc" ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((x, y) => sign * compareCells(x.row[index], y.row[index]) || x.i - y.i)
    .map((x) => x.row);
}

/** The strings of a List cell (the schema query's labels, types and keys); anything else gives none. */
export function cellStrings(cell: Cell | undefined): string[] {
  if (cell?.$type !== "List") return [];
  return cell._value.flatMap((c) => (c.$type === "String" ? [c._value] : []));
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
