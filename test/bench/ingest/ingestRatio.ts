// Ingest figure: the pipeline's edges per second against a bare UNWIND of the same rows, repeated, in the same run.
import { IngestError } from "../../../server/ingest/IngestError";
import { planAgainstGraph, prepareDocuments } from "../../../server/ingest/ingestDocuments";
import type { Db } from "../../../server/neo4j/driver";
import { graphCounts, wipeBenchDatabase } from "../benchDatabase";
import { type IngestFigures, ingestFiles } from "../data/ingestBench";
import { type Spread, spread } from "../stats";
import { bareRows, writeBare } from "./bareUnwind";

/**
 * The repeats run on the first 100 documents (10,000 nodes): re-ingesting 100k nodes three times would take longer
 * than the rest of the size. A larger set is then ingested once, whole, and that run's data stays for the bench.
 */
export const INGEST_SLICE_DOCUMENTS = 100;

/** One repeat: the bare UNWIND, a wipe, then the pipeline on the same documents. */
export interface IngestRun {
  documents: number;
  edges: number;
  /** Prepare, plan and write of the pipeline (ms). */
  pipelineMs: number;
  /** The bare UNWIND writes (ms). */
  bareMs: number;
  pipelineEdgesPerSecond: number;
  bareEdgesPerSecond: number;
  /** pipeline edges/s ÷ bare edges/s: 1 is as fast as the bare UNWIND. */
  ratio: number;
}

export interface IngestRatio {
  /** The documents each repeat ingests; `whole` when that is every document of the size. */
  slice: { documents: number; whole: boolean };
  runs: IngestRun[];
  /** Spread of the repeats' ratios; the target is judged on its median. */
  ratio: Spread;
  /** The run over every document, whose data the bench goes on with (one of `runs` when the slice is whole). */
  full: IngestRun;
  /** The full run's pipeline stages. */
  pipeline: IngestFigures & { edgesPerSecond: number };
}

/** Wipes, writes the bare baseline, wipes again, then ingests through the pipeline (its data stays). */
async function oneRun(
  db: Db,
  files: readonly string[],
  say: (line: string) => void,
): Promise<{ run: IngestRun; figures: IngestFigures }> {
  await wipeBenchDatabase(db);
  const prepared = await prepareDocuments(files);
  if (prepared.issues.length > 0) throw new IngestError(prepared.issues);
  const checked = await planAgainstGraph(db, prepared.documents);
  if (checked.issues.length > 0) throw new IngestError(checked.issues);
  const rows = checked.planned.map(bareRows);
  say(`  bare UNWIND baseline: ${rows.length} documents ...`);
  const t0 = performance.now();
  const bareEdges = await writeBare(db, rows);
  const bareMs = performance.now() - t0;
  await wipeBenchDatabase(db);
  say(`  ingest pipeline: ${files.length} documents ...`);
  const { figures } = await ingestFiles(db, files, say);
  const counts = await graphCounts(db);
  if (counts.relationships !== figures.edges || figures.edges !== bareEdges) {
    throw new Error(
      `edge counts differ: pipeline created ${figures.edges}, graph holds ${counts.relationships}, bare wrote ${bareEdges}`,
    );
  }
  const pipelineMs = figures.prepareMs + figures.planMs + figures.writeMs;
  const pipelineEdgesPerSecond = figures.edges / (pipelineMs / 1000);
  const bareEdgesPerSecond = bareEdges / (bareMs / 1000);
  return {
    run: {
      documents: files.length,
      edges: figures.edges,
      pipelineMs,
      bareMs,
      pipelineEdgesPerSecond,
      bareEdgesPerSecond,
      ratio: pipelineEdgesPerSecond / bareEdgesPerSecond,
    },
    figures,
  };
}

/**
 * `repeats` interleaved runs (bare, then pipeline) on the slice, then, when the slice is not every document, one
 * run over all of them. The graph holds every document afterwards.
 */
export async function measureIngest(
  db: Db,
  files: readonly string[],
  repeats: number,
  say: (line: string) => void,
): Promise<IngestRatio> {
  const slice = files.slice(0, INGEST_SLICE_DOCUMENTS);
  const whole = slice.length === files.length;
  const runs: IngestRun[] = [];
  let last: { run: IngestRun; figures: IngestFigures } | undefined;
  for (let i = 0; i < repeats; i++) {
    say(`  ingest repeat ${i + 1}/${repeats}${whole ? "" : ` on the first ${slice.length} documents`}:`);
    last = await oneRun(db, slice, say);
    runs.push(last.run);
  }
  if (!whole || !last) {
    say(`  ingest of all ${files.length} documents, once:`);
    last = await oneRun(db, files, say);
  }
  return {
    slice: { documents: slice.length, whole },
    runs,
    ratio: spread(runs.map((r) => r.ratio)),
    full: last.run,
    pipeline: { ...last.figures, edgesPerSecond: last.run.pipelineEdgesPerSecond },
  };
}
