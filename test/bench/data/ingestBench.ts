// Generates a synthetic graph of a given size and loads it through the real ingest pipeline, one tx per document.
import { join, resolve } from "node:path";
import { IngestError } from "../../../server/ingest/IngestError";
import { planAgainstGraph, prepareDocuments, writePlanned } from "../../../server/ingest/ingestDocuments";
import type { Db } from "../../../server/neo4j/driver";
import { generateDocuments } from "./generate";
import { writeDocuments } from "./writeDocuments";

export const BENCH_DATA_ROOT = resolve(import.meta.dirname, "../../../bench-results/data");

export interface IngestFigures {
  documents: number;
  nodes: number;
  edges: number;
  /** Reading and validating the manifests (no graph). */
  prepareMs: number;
  /** Checking against the graph and planning. */
  planMs: number;
  /** The write transactions. */
  writeMs: number;
}

/** Generates the documents of `nodes` into `dir` (default bench-results/data/<nodes>) and returns the manifest paths. */
export async function generateInto(nodes: number, dir = join(BENCH_DATA_ROOT, String(nodes))): Promise<string[]> {
  return writeDocuments(dir, generateDocuments({ nodes }));
}

/** Runs prepare, plan and write, timed apart; throws when any document has a problem. */
export async function ingestFiles(db: Db, files: readonly string[], say: (line: string) => void = () => {}) {
  const t0 = performance.now();
  const prepared = await prepareDocuments(files);
  if (prepared.issues.length > 0) throw new IngestError(prepared.issues);
  const t1 = performance.now();
  const checked = await planAgainstGraph(db, prepared.documents);
  if (checked.issues.length > 0) throw new IngestError(checked.issues);
  const t2 = performance.now();
  let done = 0;
  const reports = await writePlanned(db, checked.planned, {
    say: () => {
      done += 1;
      if (done % 100 === 0) say(`  ingest: ${done}/${checked.planned.length} documents written`);
    },
  });
  const t3 = performance.now();
  const nodes = reports.reduce((n, r) => n + r.counts.nodesCreated, 0);
  const edges = reports.reduce((n, r) => n + r.counts.relationshipsCreated, 0);
  const figures: IngestFigures = {
    documents: reports.length,
    nodes,
    edges,
    prepareMs: t1 - t0,
    planMs: t2 - t1,
    writeMs: t3 - t2,
  };
  return { figures, planned: checked.planned };
}
