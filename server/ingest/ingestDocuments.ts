// The ingest pipeline: load and validate every document, check them against the graph, then write each atomically.

import { searchKeysOf } from "@domain/text/normalize";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { IngestError, type IngestIssue } from "./IngestError";
import { loadDocument } from "./loadDocument";
import { orderDocuments } from "./orderDocuments";
import { planTotals, planWrites, type WritePlan } from "./planWrites";
import {
  type AliasLink,
  addToKeyIndex,
  applyIdMap,
  indexByKey,
  knownEntitiesOf,
  namesOf,
  resolveAliases,
} from "./resolveAliases";
import { checkReferences, type KnownEntity, type ValidDocument, validateDocument } from "./validateDocument";
import { type WriteOptions, type WriteResult, writeDocument } from "./writeDocument";

export interface PlannedDocument {
  plan: WritePlan;
  links: AliasLink[];
}

export interface DocumentReport extends WriteResult {
  file: string;
  sourceId: string;
  totals: ReturnType<typeof planTotals>;
  links: AliasLink[];
}

export interface IngestOptions extends Pick<WriteOptions, "batchSize"> {
  /** Progress lines for people (per document, and per batch when a step has several). */
  say?: (line: string) => void;
}

/** Stage 1, no graph needed: parse every manifest and locate every quote. */
export async function prepareDocuments(
  files: readonly string[],
): Promise<{ documents: ValidDocument[]; issues: IngestIssue[] }> {
  const documents: ValidDocument[] = [];
  const issues: IngestIssue[] = [];
  for (const file of files) {
    const loaded = await loadDocument(file);
    if (!loaded.ok) {
      issues.push(...loaded.issues);
      continue;
    }
    const valid = validateDocument(loaded.document);
    if (valid.ok) documents.push(valid.document);
    else issues.push(...valid.issues);
  }
  const bySource = new Map<string, string>();
  for (const doc of documents) {
    const other = bySource.get(doc.manifest.source.id);
    if (other !== undefined) {
      issues.push({
        file: doc.file,
        path: "$.source.id",
        reason: `source id "${doc.manifest.source.id}" is also used by ${other}`,
      });
    }
    bySource.set(doc.manifest.source.id, doc.file);
  }
  return { documents, issues };
}

async function readKnown(db: Db, docs: readonly ValidDocument[]) {
  const ids = new Set<string>();
  const keys = new Set<string>();
  for (const doc of docs) {
    for (const e of doc.manifest.entities) {
      ids.add(e.id);
      for (const k of searchKeysOf(namesOf(e))) keys.add(k);
    }
    for (const r of doc.foreignReferences) ids.add(r.id);
  }
  const entities = await db.read(cypher("ingest/existing-entities"), { ids: [...ids], keys: [...keys] });
  const known = new Map<string, KnownEntity>();
  for (const r of entities.records) {
    known.set(r.get("id"), { id: r.get("id"), type: r.get("type"), searchKeys: r.get("searchKeys") ?? [] });
  }
  const sources = await db.read(cypher("ingest/existing-sources"), { ids: docs.map((d) => d.manifest.source.id) });
  const sourceTexts = new Map<string, string>(sources.records.map((r) => [r.get("id"), r.get("text")]));
  return { known, sourceTexts };
}

/** Stage 2, reads the graph: link aliases, resolve references, and plan the writes, in dependency order. */
export async function planAgainstGraph(
  db: Db,
  documents: readonly ValidDocument[],
): Promise<{ planned: PlannedDocument[]; issues: IngestIssue[] }> {
  const { known, sourceTexts } = await readKnown(db, documents);
  const byKey = indexByKey(known.values());
  const planned: PlannedDocument[] = [];
  const issues: IngestIssue[] = [];
  for (const doc of orderDocuments(documents)) {
    const existingText = sourceTexts.get(doc.manifest.source.id);
    if (existingText !== undefined && existingText !== doc.text) {
      issues.push({
        file: doc.file,
        path: "$.source.textFile",
        reason: `source "${doc.manifest.source.id}" is already in the graph with a different text; a source's text never changes (evidence offsets point into it), so give this text a new source id`,
      });
      continue;
    }
    const aliases = resolveAliases(doc, known, byKey);
    const resolved = applyIdMap(doc, aliases.idMap);
    const problems = [...aliases.issues, ...checkReferences(resolved, known)];
    issues.push(...problems);
    if (problems.length > 0) continue;
    // Planned before this document's entities become known: a relation to an entity new here is created, not merged.
    const plan = planWrites(resolved, (id) => known.has(id));
    for (const e of knownEntitiesOf(resolved)) {
      const before = known.get(e.id);
      const merged = before ? { ...before, searchKeys: [...new Set([...before.searchKeys, ...e.searchKeys])] } : e;
      known.set(e.id, merged);
      addToKeyIndex(byKey, merged);
    }
    planned.push({ plan, links: aliases.links });
  }
  return { planned, issues };
}

/** Stage 3: one write transaction per document, in order. */
export async function writePlanned(
  db: Db,
  planned: readonly PlannedDocument[],
  options: IngestOptions = {},
): Promise<DocumentReport[]> {
  const say = options.say ?? (() => {});
  const reports: DocumentReport[] = [];
  for (const { plan, links } of planned) {
    const totals = planTotals(plan);
    for (const link of links)
      say(`  ${plan.file}: "${link.from}" is "${link.to}" (same name: ${link.key}); linked to it`);
    const result = await writeDocument(db, plan, {
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      onProgress: (step, done, total) => {
        if (total > (options.batchSize ?? 500)) say(`  ${plan.file}: ${step} ${done}/${total}`);
      },
    });
    const c = result.counts;
    say(
      `${plan.file}: ${totals.entities} entities, ${totals.claims} claims, ${totals.relations} relations, ${totals.evidence} quotes` +
        (result.changed
          ? ` (created ${c.nodesCreated} nodes and ${c.relationshipsCreated} relationships, set ${c.propertiesSet} properties)`
          : " (already up to date)"),
    );
    reports.push({ file: plan.file, sourceId: plan.sourceId, totals, links, ...result });
  }
  return reports;
}

/** All three stages; throws an IngestError listing every problem, before writing anything, if there is one. */
export async function ingestDocuments(
  db: Db,
  files: readonly string[],
  options: IngestOptions = {},
): Promise<DocumentReport[]> {
  const prepared = await prepareDocuments(files);
  const checked = await planAgainstGraph(db, prepared.documents);
  const issues = [...prepared.issues, ...checked.issues];
  if (issues.length > 0) throw new IngestError(issues);
  return writePlanned(db, checked.planned, options);
}
