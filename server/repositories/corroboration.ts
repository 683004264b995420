// Corroboration's data: reads its inputs, keeps the computed view per database, writes researchers' marks and decisions.
import type { CitedSource } from "@domain/contracts/api";
import type {
  ClaimGroup,
  ClaimGroupsQuery,
  ClaimGroupsResponse,
  DependenceVerdict,
  SourceMark,
} from "@domain/contracts/corroboration";
import type { ComparedGroup } from "../corroboration/compare";
import { APPROXIMATE_TOLERANCE, EXACT_TOLERANCE } from "../corroboration/figures";
import { type ClaimWords, presentGroup } from "../corroboration/present";
import type { FigureClaimFacts, SourceFacts, SourceMarkFacts } from "../corroboration/types";
import { buildCorroborationView, type CorroborationInputs, type CorroborationView } from "../corroboration/view";
import { evidenceFromProperties } from "../mappers/evidence";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { toPlain } from "../neo4j/values";
import { field } from "./rows";
import { loadSources } from "./sourceTexts";

/** How long (ms) a computed view is used before its fingerprint is read again (in the background). */
export const CORROBORATION_TTL_MS = 2000;
/** How often (ms) the slower part of the fingerprint, a scan of the figure claims, is read too. */
export const CORROBORATION_DEEP_CHECK_MS = 30_000;

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Every source's identity, publisher and cited works, and the marks stored on them (each pair twice, once per side). */
export async function readSourceFacts(db: Db): Promise<{ sources: SourceFacts[]; marks: SourceMarkFacts[] }> {
  const result = await db.read(cypher("corroboration/sources"));
  const sources: SourceFacts[] = [];
  const marks: SourceMarkFacts[] = [];
  for (const r of result.records) {
    const row = toPlain(r.toObject()) as Record<string, unknown>;
    const id = String(row.id);
    const titles = list(row.citedTitles);
    sources.push({
      id,
      title: str(row.title) ?? id,
      publisher: str(row.publisher),
      url: str(row.url),
      entityId: str(row.entityId),
      cites: titles.map((t, i) => ({
        title: String(t),
        publisher: str(list(row.citedPublishers)[i]),
        url: str(list(row.citedUrls)[i]),
        entityId: str(list(row.citedEntityIds)[i]),
      })),
    });
    list(row.markedSourceIds).forEach((other, i) => {
      const verdict = list(row.markVerdicts)[i];
      if (typeof other !== "string" || (verdict !== "dependent" && verdict !== "independent")) return;
      marks.push({
        a: id,
        b: other,
        verdict,
        by: str(list(row.markedBy)[i]) ?? "unknown",
        at: str(list(row.markedAt)[i]) ?? "",
        note: str(list(row.markNotes)[i]),
      });
    });
  }
  return { sources, marks };
}

/** Every figure claim with what grouping and comparison read. */
export async function readFigureClaims(db: Db): Promise<FigureClaimFacts[]> {
  const result = await db.read(cypher("corroboration/figure-claims"));
  return result.records.map((r) => {
    const row = toPlain(r.toObject()) as Record<string, unknown>;
    const decision = str(row.decision);
    return {
      id: String(row.id),
      subject: str(row.subject) ?? String(row.id),
      subjectLabel: str(row.subjectLabel),
      subjectLabelAr: str(row.subjectLabelAr),
      measure: str(row.measure),
      unit: String(row.unit),
      currency: str(row.currency),
      value: num(row.value),
      min: num(row.min),
      max: num(row.max),
      approximate: row.approximate === true,
      periodStart: str(row.periodStart),
      periodEnd: str(row.periodEnd),
      sourceIds: [...new Set(list(row.sourceIds).map(String))],
      decision: decision
        ? {
            key: decision,
            by: str(row.decisionBy) ?? "unknown",
            at: str(row.decisionAt) ?? "",
            note: str(row.decisionNote),
          }
        : undefined,
    };
  });
}

export async function readCorroborationInputs(db: Db): Promise<CorroborationInputs> {
  const [{ sources, marks }, claims] = await Promise.all([readSourceFacts(db), readFigureClaims(db)]);
  return { sources, marks, claims };
}

async function readFingerprint(db: Db, deep: boolean): Promise<{ light: string; deep?: string | undefined }> {
  const [light, claims] = await Promise.all([
    db.read(cypher("corroboration/fingerprint")),
    deep ? db.read(cypher("corroboration/fingerprint-claims")) : undefined,
  ]);
  return {
    light: JSON.stringify(field(light.records[0], "fingerprint")),
    deep: claims ? JSON.stringify(field(claims.records[0], "fingerprint")) : undefined,
  };
}

interface CacheEntry {
  view?: CorroborationView | undefined;
  light?: string | undefined;
  deep?: string | undefined;
  checkedAt: number;
  deepCheckedAt: number;
  /** Bumped by invalidateCorroboration: work begun before a write never answers for after it. */
  generation: number;
  /** The computation every caller waits for (no view yet, or invalidated). */
  building?: { generation: number; promise: Promise<CorroborationView> } | undefined;
  /** A background check of a view past its time to live. */
  checking?: Promise<void> | undefined;
}

const cache = new WeakMap<Db, CacheEntry>();

function entryOf(db: Db): CacheEntry {
  let entry = cache.get(db);
  if (!entry) {
    entry = { checkedAt: 0, deepCheckedAt: 0, generation: 0 };
    cache.set(db, entry);
  }
  return entry;
}

/** Reads the fingerprint and the inputs and computes the view; stores it unless a write invalidated it meanwhile. */
async function build(db: Db, entry: CacheEntry, at: number): Promise<CorroborationView> {
  const generation = entry.generation;
  const fingerprint = await readFingerprint(db, true);
  const view = buildCorroborationView(await readCorroborationInputs(db));
  if (generation === entry.generation) {
    Object.assign(entry, { view, light: fingerprint.light, deep: fingerprint.deep, checkedAt: at, deepCheckedAt: at });
  }
  return view;
}

/** Reads the fingerprint (its slow part every CORROBORATION_DEEP_CHECK_MS) and recomputes the view when it moved. */
async function check(db: Db, entry: CacheEntry, at: number): Promise<void> {
  const generation = entry.generation;
  const deep = at - entry.deepCheckedAt >= CORROBORATION_DEEP_CHECK_MS;
  const fingerprint = await readFingerprint(db, deep);
  if (generation !== entry.generation) return;
  const moved = fingerprint.light !== entry.light || (deep && fingerprint.deep !== entry.deep);
  if (!moved) {
    entry.checkedAt = at;
    if (deep) entry.deepCheckedAt = at;
    return;
  }
  await build(db, entry, at);
}

/**
 * The corroboration view of this database (docs/model.md, Corroboration), computed once and shared by every answer
 * and export. The first call, and the first after invalidateCorroboration (every write of the API), waits for it to
 * be computed. Afterwards it answers at once: past CORROBORATION_TTL_MS since the last check it starts a background
 * check of a cheap fingerprint (counts of sources, claims and relationships from Neo4j's count store, the sources'
 * marks and identities; every CORROBORATION_DEEP_CHECK_MS also the figure claims' evidence, subjects, measures and
 * decisions) and computes the view again when that moved, so an ingest by another process shows within seconds and
 * no request waits for the check. `now` gives the time in ms (tests pass their own clock). Throws what the driver
 * throws while computing a view a caller waits for; a failed background check is retried at the next call.
 */
export async function corroborationOf(db: Db, now: () => number = Date.now): Promise<CorroborationView> {
  const entry = entryOf(db);
  if (entry.view) {
    const at = now();
    if (at - entry.checkedAt >= CORROBORATION_TTL_MS && !entry.checking) {
      const checking = check(db, entry, at).catch(() => {
        // The next call past the time to live tries again; answers keep the view they have.
      });
      entry.checking = checking;
      void checking.finally(() => {
        if (entry.checking === checking) entry.checking = undefined;
      });
    }
    return entry.view;
  }
  if (entry.building && entry.building.generation === entry.generation) return entry.building.promise;
  const promise = build(db, entry, now());
  const building = { generation: entry.generation, promise };
  entry.building = building;
  const clear = () => {
    if (entry.building === building) entry.building = undefined;
  };
  promise.then(clear, clear);
  return promise;
}

/**
 * As corroborationOf, but waits for the background check that call starts (or one under way) and answers what it
 * computed: for tests and tools that must see a change at once.
 */
export async function settledCorroboration(db: Db, now: () => number = Date.now): Promise<CorroborationView> {
  const first = await corroborationOf(db, now);
  const entry = entryOf(db);
  if (!entry.checking) return first;
  await entry.checking;
  return entry.view ?? corroborationOf(db, now);
}

/** Forgets the computed view, so the next corroborationOf computes it again (after a write, or an ingest). */
export function invalidateCorroboration(db: Db): void {
  const entry = entryOf(db);
  entry.generation += 1;
  entry.view = undefined;
  entry.light = undefined;
  entry.deep = undefined;
  entry.checkedAt = 0;
  entry.deepCheckedAt = 0;
}

/** Statements, originals, evidence and who states each of these claims. */
export async function readClaimWords(db: Db, ids: readonly string[]): Promise<Map<string, ClaimWords>> {
  const out = new Map<string, ClaimWords>();
  if (ids.length === 0) return out;
  const result = await db.read(cypher("corroboration/claim-words"), { ids: [...ids] });
  for (const r of result.records) {
    const row = toPlain(r.toObject()) as Record<string, unknown>;
    const id = String(row.id);
    out.set(id, {
      id,
      statement: str(row.statement) ?? id,
      original: str(row.original) ?? "",
      evidence: evidenceFromProperties(row),
      statedBy: list(row.statedBy).map((s) => {
        const m = s as { id?: unknown; label?: unknown };
        return { id: String(m.id), label: String(m.label ?? m.id) };
      }),
    });
  }
  return out;
}

/** The API's form of these groups: one read of their claims' words and one of their sources' metadata. */
export async function presentGroups(
  db: Db,
  view: CorroborationView,
  groups: readonly ComparedGroup[],
): Promise<ClaimGroup[]> {
  const claimIds = groups.flatMap((g) => g.draft.memberIds);
  const words = await readClaimWords(db, claimIds);
  const sourceIds = [...words.values()].flatMap((w) => w.evidence.map((e) => e.sourceId));
  const sources: Map<string, CitedSource> = await loadSources(db, sourceIds, false);
  return groups.map((g) => presentGroup(g, view, words, sources));
}

/** GET /api/claim-groups: the groups the filter selects, one page of them in full, and counts by status. */
export async function listClaimGroups(db: Db, q: ClaimGroupsQuery): Promise<ClaimGroupsResponse> {
  const view = await corroborationOf(db);
  const { limit, offset, ...filter } = q;
  const selected = view.select(filter);
  const counts = { corroborated: 0, "single-source": 0, conflicting: 0 };
  for (const g of selected) counts[g.status] += 1;
  return {
    groups: await presentGroups(db, view, selected.slice(offset, offset + limit)),
    total: selected.length,
    offset,
    limit,
    counts,
    tolerance: { exact: EXACT_TOLERANCE, approximate: APPROXIMATE_TOLERANCE },
  };
}

/** Which of these ids name a :Source. */
export async function existingSources(db: Db, ids: readonly string[]): Promise<Set<string>> {
  const result = await db.read(cypher("corroboration/sources-exist"), { ids: [...ids] });
  return new Set(field<string[]>(result.records[0], "found") ?? []);
}

/** The marks of the current view, one per pair, in id order. */
export function sourceMarksOf(view: CorroborationView): SourceMark[] {
  return view.independence.marks
    .map((m): SourceMark => {
      const [a, b] = m.a < m.b ? [m.a, m.b] : [m.b, m.a];
      return { sourceIds: [a, b], verdict: m.verdict, by: m.by, at: m.at, ...(m.note ? { note: m.note } : {}) };
    })
    .sort((x, y) => x.sourceIds[0].localeCompare(y.sourceIds[0]) || x.sourceIds[1].localeCompare(y.sourceIds[1]));
}

/**
 * Marks two existing sources dependent or independent (stored on both, in one transaction), replacing any mark on
 * the pair; `at` is an ISO 8601 UTC timestamp. Returns false when either source is missing (nothing written).
 */
export async function writeSourceMark(
  db: Db,
  mark: { a: string; b: string; verdict: DependenceVerdict; by: string; at: string; note?: string | undefined },
): Promise<boolean> {
  const result = await db.write(cypher("corroboration/set-source-mark"), {
    a: mark.a,
    b: mark.b,
    verdict: mark.verdict,
    by: mark.by,
    at: mark.at,
    note: mark.note ?? "",
  });
  invalidateCorroboration(db);
  return Number(field(result.records[0], "written")) === 2;
}

/** Removes the mark on two sources, from both; returns how many stored copies were removed (0 when there was none). */
export async function deleteSourceMark(db: Db, a: string, b: string): Promise<number> {
  const result = await db.write(cypher("corroboration/remove-source-mark"), { a, b });
  invalidateCorroboration(db);
  return Number(field(result.records[0], "removed") ?? 0);
}

/**
 * Puts each claim in the group of its key (one transaction: all or none), recording who, when and why. Returns how
 * many claims were written.
 */
export async function writeGroupDecisions(
  db: Db,
  rows: readonly { claimId: string; key: string }[],
  decision: { by: string; at: string; note?: string | undefined },
): Promise<number> {
  const result = await db.write(cypher("corroboration/set-group-decisions"), {
    rows: [...rows],
    by: decision.by,
    at: decision.at,
    note: decision.note ?? null,
  });
  invalidateCorroboration(db);
  return Number(field(result.records[0], "written"));
}

/** Sends these claims back to their automatic groups; returns how many had a decision. */
export async function clearGroupDecisions(db: Db, claimIds: readonly string[]): Promise<number> {
  const result = await db.write(cypher("corroboration/clear-group-decisions"), { ids: [...claimIds] });
  invalidateCorroboration(db);
  return Number(field(result.records[0], "cleared") ?? 0);
}
