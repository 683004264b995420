// Parses one NDJSON line of the graph stream. zod checks every small line in full; a chunk of nodes or edges gets zod
// on its first item and a plain check of what the client reads on every item, because zod on each of 100,000 node and
// 200,000 edge attribute objects costs twice the JSON.parse of the same text (and shares two cores with the server).
import { GraphStreamLine } from "@domain/contracts/graphStream";

export type ParsedLine = { ok: true; line: GraphStreamLine } | { ok: false; message: string };

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => typeof v === "object" && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === "string";

/** What graph.import and the derived chain read on a node; fills sourceIds' default ([]) as the schema does. */
function isNode(item: unknown): boolean {
  if (!isObject(item) || !isString(item.key) || !isObject(item.attributes)) return false;
  const a = item.attributes;
  if (!isString(a.kind) || !isString(a.type) || !isString(a.label)) return false;
  if (a.sourceIds === undefined) a.sourceIds = [];
  return Array.isArray(a.sourceIds);
}

function isEdge(item: unknown): boolean {
  if (!isObject(item) || !isString(item.key) || !isString(item.source) || !isString(item.target)) return false;
  const a = item.attributes;
  return isObject(a) && isString(a.type) && Array.isArray(a.evidence) && Array.isArray(a.sourceIds);
}

const failed = (message: string): ParsedLine => ({
  ok: false,
  message: `Unexpected line in the graph stream: ${message}`,
});

export function parseStreamLine(raw: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return failed("not JSON");
  }
  const kind = isObject(value) ? value.kind : undefined;
  const items = kind === "nodes" ? (value as Loose).nodes : kind === "edges" ? (value as Loose).edges : undefined;
  if (!Array.isArray(items)) {
    const parsed = GraphStreamLine.safeParse(value);
    return parsed.success ? { ok: true, line: parsed.data } : failed(parsed.error.message);
  }
  const check = kind === "nodes" ? isNode : isEdge;
  const bad = items.findIndex((item) => !check(item));
  if (bad >= 0) return failed(`${kind} item ${bad} lacks a key, its ends or its attributes`);
  const first = GraphStreamLine.safeParse({ kind, [kind as string]: items.slice(0, 1) });
  if (!first.success) return failed(first.error.message);
  return { ok: true, line: value as GraphStreamLine };
}
