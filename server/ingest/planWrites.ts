// Turns a validated, alias-resolved document into the row lists that the ingest Cypher UNWINDs, batch by batch.
import type { PropertyValue } from "@domain/model/relation";
import { searchKeysOf } from "@domain/text/normalize";
import { namesOf } from "./resolveAliases";
import type { LocatedEvidence, ValidDocument } from "./validateDocument";

export interface EvidenceRow extends LocatedEvidence {
  /** `"<sourceId>:<start>:<end>"`: the identity of a piece of evidence, so it is appended once only. */
  key: string;
}

export interface SourceRow {
  id: string;
  properties: Record<string, string | number | null | string[] | number[]>;
}

export interface EntityRow {
  id: string;
  type: string;
  name: string;
  nameAr: string | null;
  description: string | null;
  aliases: string[];
  /** Every name this document gives the entity; those the entity does not have yet become aliases. */
  names: string[];
  searchKeys: string[];
}

export interface ClaimRow {
  id: string;
  properties: Record<string, string | number | boolean | null>;
  evidence: EvidenceRow[];
}

export interface RelationRow {
  from: string;
  type: string;
  to: string;
  properties: Record<string, PropertyValue>;
  evidence: EvidenceRow[];
  /** An endpoint is new in this document, so the relationship cannot exist yet: it is created, not merged. */
  isNew?: boolean;
}

export interface EdgeRow {
  from: string;
  to: string;
  evidence: EvidenceRow[];
}

export interface WritePlan {
  file: string;
  sourceId: string;
  source: SourceRow;
  entities: EntityRow[];
  /** Ids of every entity the document defines or refers to: each gets the source in its `sourceIds`. */
  mentions: string[];
  claims: ClaimRow[];
  relations: RelationRow[];
  /** (:Entity)-[:STATES]->(:Claim) */
  states: EdgeRow[];
  /** (:Source)-[:STATES]->(:Claim), for claims the source makes in its own voice. */
  sourceStates: EdgeRow[];
  /** (:Claim)-[:ABOUT]->(:Entity) */
  about: EdgeRow[];
  /** (:Source)-[:MENTIONS]->(:Entity): passages naming an entity. */
  sourceMentions: EdgeRow[];
}

export const evidenceKey = (e: Pick<LocatedEvidence, "sourceId" | "start" | "end">): string =>
  `${e.sourceId}:${e.start}:${e.end}`;

/** Keyed evidence, each piece once, in the order given. */
export function evidenceRows(evidence: readonly LocatedEvidence[]): EvidenceRow[] {
  const rows: EvidenceRow[] = [];
  for (const e of evidence) {
    const key = evidenceKey(e);
    if (!rows.some((r) => r.key === key)) rows.push({ ...e, key });
  }
  return rows;
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

function entityRows(doc: ValidDocument): EntityRow[] {
  const rows = new Map<string, EntityRow>();
  for (const entity of doc.manifest.entities) {
    const names = namesOf(entity);
    const row = rows.get(entity.id);
    if (row === undefined) {
      rows.set(entity.id, {
        id: entity.id,
        type: entity.type,
        name: entity.name,
        nameAr: entity.nameAr ?? null,
        description: entity.description ?? null,
        aliases: entity.aliases,
        names: unique(names),
        searchKeys: searchKeysOf(names),
      });
    } else {
      // Two entities of this document became one (an alias link): the first one's fields win, all names are kept.
      row.names = unique([...row.names, ...names]);
      row.searchKeys = unique([...row.searchKeys, ...searchKeysOf(names)]);
    }
  }
  return [...rows.values()];
}

function sourceRow(doc: ValidDocument): SourceRow {
  const { source } = doc.manifest;
  const t = source.translation;
  return {
    id: source.id,
    properties: {
      title: source.title,
      language: source.language,
      text: doc.text,
      date: source.date ?? null,
      publisher: source.publisher ?? null,
      url: source.url ?? null,
      entityId: source.entityId ?? null,
      citedTitles: source.cites.map((w) => w.title),
      citedPublishers: source.cites.map((w) => w.publisher ?? ""),
      citedUrls: source.cites.map((w) => w.url ?? ""),
      citedEntityIds: source.cites.map((w) => w.entityId ?? ""),
      translationLanguage: t?.language ?? null,
      translator: t?.translator ?? null,
      translationOriginals: t ? t.segments.map((s) => s.original) : null,
      translationTexts: t ? t.segments.map((s) => s.text) : null,
      translationStarts: t ? doc.translationSpans.map((s) => s.start) : null,
      translationEnds: t ? doc.translationSpans.map((s) => s.end) : null,
    },
  };
}

function relationRows(doc: ValidDocument, existed: (entityId: string) => boolean): RelationRow[] {
  const rows = new Map<string, RelationRow>();
  for (const r of doc.relations) {
    const id = JSON.stringify([r.from, r.type, r.to]);
    const row = rows.get(id);
    if (row === undefined) {
      rows.set(id, {
        from: r.from,
        type: r.type,
        to: r.to,
        properties: r.properties,
        evidence: evidenceRows(r.evidence),
        isNew: !existed(r.from) || !existed(r.to),
      });
    } else {
      // Relations are merged on (start, type, end): the same edge twice in one document is one edge.
      row.properties = { ...r.properties, ...row.properties };
      row.evidence = evidenceRows([...row.evidence, ...r.evidence]);
    }
  }
  return [...rows.values()];
}

/**
 * `existed` tells whether an entity was in the graph (or an earlier document of the run) before this document; by
 * default every entity is assumed to exist, so every relation is merged.
 */
export function planWrites(doc: ValidDocument, existed: (entityId: string) => boolean = () => true): WritePlan {
  const sourceId = doc.manifest.source.id;
  const claims: ClaimRow[] = [];
  const states: EdgeRow[] = [];
  const sourceStates: EdgeRow[] = [];
  const about: EdgeRow[] = [];
  for (const c of doc.claims) {
    const evidence = evidenceRows(c.evidence);
    const q = c.quantity;
    claims.push({
      id: c.id,
      properties: {
        kind: c.kind,
        statement: c.statement,
        original: c.original,
        value: q?.value ?? null,
        min: q?.min ?? null,
        max: q?.max ?? null,
        unit: q?.unit ?? null,
        currency: q?.currency ?? null,
        approximate: q ? q.approximate : null,
        periodStart: c.period?.start ?? null,
        periodEnd: c.period?.end ?? null,
        measure: c.measure ?? null,
        // The subject claims are compared by (docs/model.md): the first entity the claim is about.
        subject: c.about[0] ?? null,
      },
      evidence,
    });
    const statedBy = unique(c.statedBy);
    if (statedBy.length === 0) sourceStates.push({ from: sourceId, to: c.id, evidence });
    for (const from of statedBy) states.push({ from, to: c.id, evidence });
    for (const to of unique(c.about)) about.push({ from: c.id, to, evidence });
  }
  const entities = entityRows(doc);
  const relations = relationRows(doc, existed);
  const mentioned = new Map<string, EdgeRow>();
  for (const m of doc.mentions) {
    const row = mentioned.get(m.entityId);
    if (row === undefined)
      mentioned.set(m.entityId, { from: sourceId, to: m.entityId, evidence: evidenceRows(m.evidence) });
    else row.evidence = evidenceRows([...row.evidence, ...m.evidence]);
  }
  const sourceMentions = [...mentioned.values()];
  const mentions = unique([
    ...entities.map((e) => e.id),
    ...doc.manifest.externalEntityIds,
    ...doc.foreignReferences.map((r) => r.id),
    ...relations.flatMap((r) => [r.from, r.to]),
    ...states.map((s) => s.from),
    ...about.map((a) => a.to),
    ...sourceMentions.map((m) => m.to),
  ]);
  return {
    file: doc.file,
    sourceId,
    source: sourceRow(doc),
    entities,
    mentions,
    claims,
    relations,
    states,
    sourceStates,
    about,
    sourceMentions,
  };
}

/** Counts of what a plan holds, for progress lines. */
export function planTotals(plan: WritePlan): { entities: number; claims: number; relations: number; evidence: number } {
  const evidence = [...plan.claims, ...plan.relations, ...plan.sourceMentions].reduce(
    (n, row) => n + row.evidence.length,
    0,
  );
  return { entities: plan.entities.length, claims: plan.claims.length, relations: plan.relations.length, evidence };
}

/** Rows split into UNWIND batches. */
export function batches<T>(rows: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError("batch size must be a positive integer");
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
