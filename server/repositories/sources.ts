// Sources: metadata, full text, translation, cited works and every evidence span in the text.
import type { SourceDetails, SourceSpan, SourceSummary } from "@domain/contracts/api";
import { edgeKey } from "../mappers/edges";
import { evidenceFromProperties } from "../mappers/evidence";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { toPlain } from "../neo4j/values";
import { NotFoundError } from "./errors";
import { plainNode } from "./rows";

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function summary(p: Record<string, unknown>, length: number, evidenceCount: number): SourceSummary {
  const out: SourceSummary = { id: String(p.id), title: str(p.title) ?? String(p.id), length, evidenceCount };
  for (const k of ["language", "date", "publisher", "url"] as const) if (str(p[k])) out[k] = str(p[k]);
  return out;
}

export async function listSources(db: Db): Promise<SourceSummary[]> {
  const result = await db.read(cypher("read/sources"));
  return result.records.map((r) => {
    const row = toPlain(r.toObject()) as { source: Record<string, unknown>; length: number; evidenceCount: number };
    return summary(row.source, row.length ?? 0, row.evidenceCount ?? 0);
  });
}

/** The cited works and translation are stored as parallel lists on the :Source node. */
export function citesOf(p: Record<string, unknown>): SourceDetails["cites"] {
  const titles = list(p.citedTitles);
  return titles.map((t, i) => {
    const out: SourceDetails["cites"][number] = { title: String(t) };
    const publisher = str(list(p.citedPublishers)[i]);
    const url = str(list(p.citedUrls)[i]);
    const entityId = str(list(p.citedEntityIds)[i]);
    if (publisher) out.publisher = publisher;
    if (url) out.url = url;
    if (entityId) out.entityId = entityId;
    return out;
  });
}

export function translationOf(p: Record<string, unknown>): SourceDetails["translation"] {
  const originals = list(p.translationOriginals);
  if (!str(p.translationLanguage) || originals.length === 0) return undefined;
  return {
    language: String(p.translationLanguage),
    translator: str(p.translator) ?? "",
    segments: originals.map((o, i) => ({
      original: String(o),
      text: String(list(p.translationTexts)[i] ?? ""),
      start: Number(list(p.translationStarts)[i] ?? -1),
      end: Number(list(p.translationEnds)[i] ?? -1),
    })),
  };
}

export async function getSource(db: Db, id: string): Promise<SourceDetails> {
  const found = await db.read(cypher("read/source-by-id"), { id });
  const record = found.records[0];
  if (!record) throw new NotFoundError("source", id);
  const p = plainNode(record.get("s")).properties;
  const text = String(p.text ?? "");
  const spansResult = await db.read(cypher("read/source-spans"), { id });
  const spans: SourceSpan[] = [];
  for (const r of spansResult.records) {
    const row = toPlain(r.toObject()) as {
      on: "edge" | "claim";
      type: string;
      source: string;
      target: string | null;
      evidence: Record<string, unknown>;
    };
    const key = row.on === "edge" ? edgeKey(row.source, row.type, row.target ?? "") : row.source;
    for (const e of evidenceFromProperties(row.evidence)) {
      if (e.sourceId !== id) continue;
      spans.push({
        start: e.start,
        end: e.end,
        quote: e.quote,
        ...(e.gloss ? { gloss: e.gloss } : {}),
        ...(e.addedBy ? { addedBy: e.addedBy } : {}),
        ...(e.addedAt ? { addedAt: e.addedAt } : {}),
        on: row.on,
        key,
        type: row.type,
        source: row.source,
        ...(row.target ? { target: row.target } : {}),
      });
    }
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end || a.key.localeCompare(b.key));
  const translation = translationOf(p);
  return {
    ...summary(p, text.length, spans.length),
    text,
    cites: citesOf(p),
    ...(translation ? { translation } : {}),
    spans,
  };
}
