// Ingests the seed documents (seed/documents/**/document.json) idempotently: used by npm start and the test setup.
import { resolve } from "node:path";
import type { Db } from "../neo4j/driver";
import { findManifests } from "./findManifests";
import { IngestError } from "./IngestError";
import { type DocumentReport, ingestDocuments } from "./ingestDocuments";

export const SEED_DIR = resolve(import.meta.dirname, "../../seed/documents");

export async function ingestSeed(db: Db, say: (line: string) => void = () => {}): Promise<DocumentReport[]> {
  const found = await findManifests([SEED_DIR]);
  if (found.issues.length > 0) throw new IngestError(found.issues);
  return ingestDocuments(db, found.files, { say });
}

/** "Seed: 1 document, 32 entities, 32 claims, 42 relations, 91 quotes (already up to date)". */
export function describeSeed(reports: readonly DocumentReport[]): string {
  const sum = (pick: (r: DocumentReport) => number) => reports.reduce((n, r) => n + pick(r), 0);
  const changed = reports.some((r) => r.changed);
  const created = sum((r) => r.counts.nodesCreated);
  const related = sum((r) => r.counts.relationshipsCreated);
  return (
    `Seed: ${reports.length} document${reports.length === 1 ? "" : "s"}, ${sum((r) => r.totals.entities)} entities, ` +
    `${sum((r) => r.totals.claims)} claims, ${sum((r) => r.totals.relations)} relations, ${sum((r) => r.totals.evidence)} quotes` +
    (changed ? ` (ingested: ${created} nodes and ${related} relationships created)` : " (already up to date)")
  );
}
