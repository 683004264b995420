// Loads the sources that evidence points into, so quotes can be shown in context and exports carry a bibliography.
import type { CitedSource } from "@domain/contracts/api";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { toPlain } from "../neo4j/values";

/** A cited source with its text when it was asked for (the context around quotes, the Cypher export). */
export interface SourceRecord extends CitedSource {
  text?: string | undefined;
}

export async function loadSources(
  db: Db,
  ids: Iterable<string>,
  withText: boolean,
): Promise<Map<string, SourceRecord>> {
  const list = [...new Set(ids)];
  const out = new Map<string, SourceRecord>();
  if (list.length === 0) return out;
  const result = await db.read(cypher("read/sources-by-ids"), { ids: list, withText });
  for (const r of result.records) {
    const row = toPlain(r.toObject()) as Record<string, string | null>;
    const source: SourceRecord = { id: String(row.id), title: row.title ?? String(row.id) };
    for (const k of ["publisher", "url", "language", "date", "text"] as const) {
      const v = row[k];
      if (typeof v === "string" && v !== "") source[k] = v;
    }
    out.set(source.id, source);
  }
  return out;
}

/** The bibliography entry of a source: metadata only, no text. */
export function citation(source: SourceRecord): CitedSource {
  const { text: _text, ...meta } = source;
  return meta;
}
