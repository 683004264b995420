// Ingest at a million nodes: documents read, planned and written a chunk at a time, and the bare UNWIND on a slice.
import { IngestError } from "../../../server/ingest/IngestError";
import { planAgainstGraph, prepareDocuments } from "../../../server/ingest/ingestDocuments";
import type { Db } from "../../../server/neo4j/driver";
import { graphCounts, wipeBenchDatabase } from "../benchDatabase";
import { type IngestFigures, ingestFiles } from "../data/ingestBench";
import { bareRows, writeBare } from "../ingest/bareUnwind";

/** Documents read and planned at once: bounds the bench's memory whatever the size (about 50k nodes a chunk). */
export const CHUNK_DOCUMENTS = 500;
/**
 * Documents of the slice both ways are timed on (the first 100 documents, 10k nodes, 20k edges): the bare UNWIND
 * of all 2M edges would double the run's longest phase, so the ratio compares the pipeline and the bare UNWIND on
 * the same first documents into the same empty database, and the whole ingest's rate is reported beside it.
 */
export const SLICE_DOCUMENTS = 100;

/** One run at a million nodes (one repeat, as issue 18 allows there). */
export interface MillionIngest {
  /** The whole ingest through the pipeline: every document, chunk by chunk. */
  pipeline: IngestFigures & { edgesPerSecond: number };
  /** The bare UNWIND on the slice: edges written, its write time (ms) and rate. */
  bare: { edges: number; ms: number; edgesPerSecond: number };
  /** Pipeline edges/s ÷ bare UNWIND edges/s on the slice: 1 is as fast as the bare UNWIND. */
  ratio: number;
  /** The slice both rates are measured on. */
  slice: { documents: number; pipelineEdges: number; pipelineMs: number };
  /** Peak heap of the bench process while ingesting, in bytes (the chunks keep it bounded). */
  benchHeapBytes: number;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Plans one chunk against what the graph already holds (earlier chunks) and returns the bare rows. */
async function bareRowsOf(db: Db, files: readonly string[]) {
  const prepared = await prepareDocuments(files);
  if (prepared.issues.length > 0) throw new IngestError(prepared.issues);
  const checked = await planAgainstGraph(db, prepared.documents);
  if (checked.issues.length > 0) throw new IngestError(checked.issues);
  return checked.planned.map(bareRows);
}

/**
 * Wipes, writes the slice with the bare UNWIND (timed: the writes only), wipes, then ingests every document through
 * the pipeline a chunk at a time (timed: prepare + plan + write, as at 10k); the pipeline's data stays.
 */
export async function measureMillionIngest(
  db: Db,
  files: readonly string[],
  say: (line: string) => void,
): Promise<MillionIngest> {
  let heap = 0;
  const sample = () => {
    heap = Math.max(heap, process.memoryUsage().heapUsed);
  };
  await wipeBenchDatabase(db);
  const slice = files.slice(0, SLICE_DOCUMENTS);
  say(`  bare UNWIND baseline on the first ${slice.length} documents ...`);
  let bareEdges = 0;
  let bareMs = 0;
  for (const part of chunks(slice, Math.min(CHUNK_DOCUMENTS, SLICE_DOCUMENTS))) {
    const rows = await bareRowsOf(db, part);
    sample();
    const t0 = performance.now();
    bareEdges += await writeBare(db, rows);
    bareMs += performance.now() - t0;
  }
  await wipeBenchDatabase(db);
  say(`  ingest pipeline: ${files.length} documents, ${CHUNK_DOCUMENTS} at a time ...`);
  const total: IngestFigures = { documents: 0, nodes: 0, edges: 0, prepareMs: 0, planMs: 0, writeMs: 0 };
  let sliceFigures = { documents: 0, pipelineEdges: 0, pipelineMs: 0 };
  const started = performance.now();
  // The slice first, alone, so its time is the pipeline's on exactly the bare UNWIND's documents.
  const parts = [
    ...chunks(files.slice(0, SLICE_DOCUMENTS), CHUNK_DOCUMENTS),
    ...chunks(files.slice(SLICE_DOCUMENTS), CHUNK_DOCUMENTS),
  ];
  for (const part of parts) {
    const { figures } = await ingestFiles(db, part);
    sample();
    total.documents += figures.documents;
    total.nodes += figures.nodes;
    total.edges += figures.edges;
    total.prepareMs += figures.prepareMs;
    total.planMs += figures.planMs;
    total.writeMs += figures.writeMs;
    if (total.documents === Math.min(SLICE_DOCUMENTS, files.length)) {
      sliceFigures = {
        documents: total.documents,
        pipelineEdges: total.edges,
        pipelineMs: total.prepareMs + total.planMs + total.writeMs,
      };
      const sliceRate = sliceFigures.pipelineEdges / (sliceFigures.pipelineMs / 1000);
      const bareRate = bareEdges / (bareMs / 1000);
      say(
        `  slice of ${total.documents} documents: pipeline ${Math.round(sliceRate)} edges/s, bare UNWIND ` +
          `${Math.round(bareRate)} edges/s (${bareEdges} edges in ${Math.round(bareMs)} ms): ${(sliceRate / bareRate).toFixed(2)}×`,
      );
    }
    const seconds = (performance.now() - started) / 1000;
    say(
      `  ingest: ${total.documents}/${files.length} documents, ${total.nodes} nodes, ${total.edges} edges, ` +
        `${Math.round(total.edges / seconds)} edges/s`,
    );
  }
  const counts = await graphCounts(db);
  if (counts.relationships !== total.edges || sliceFigures.pipelineEdges !== bareEdges) {
    throw new Error(
      `edge counts differ: pipeline created ${total.edges}, graph holds ${counts.relationships}; ` +
        `on the slice the pipeline created ${sliceFigures.pipelineEdges} and the bare UNWIND ${bareEdges}`,
    );
  }
  const pipelineMs = total.prepareMs + total.planMs + total.writeMs;
  const sliceRate = sliceFigures.pipelineEdges / (sliceFigures.pipelineMs / 1000);
  const bareRate = bareEdges / (bareMs / 1000);
  return {
    pipeline: { ...total, edgesPerSecond: total.edges / (pipelineMs / 1000) },
    bare: { edges: bareEdges, ms: bareMs, edgesPerSecond: bareRate },
    ratio: sliceRate / bareRate,
    slice: sliceFigures,
    benchHeapBytes: heap,
  };
}
