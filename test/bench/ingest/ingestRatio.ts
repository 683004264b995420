// Ingest figure: the pipeline's edges per second against a bare UNWIND of the same rows, measured in the same run.
import { IngestError } from "../../../server/ingest/IngestError";
import { planAgainstGraph, prepareDocuments } from "../../../server/ingest/ingestDocuments";
import type { Db } from "../../../server/neo4j/driver";
import { graphCounts, wipeBenchDatabase } from "../benchDatabase";
import { type IngestFigures, ingestFiles } from "../data/ingestBench";
import { bareRows, writeBare } from "./bareUnwind";

export interface IngestRatio {
  pipeline: IngestFigures & { edgesPerSecond: number };
  bare: { edges: number; ms: number; edgesPerSecond: number };
  /** pipeline edges/s ÷ bare edges/s: 1 is as fast as the bare UNWIND. */
  ratio: number;
}

/** Wipes, writes the bare baseline, wipes again, then ingests through the pipeline (its data stays for what follows). */
export async function measureIngest(
  db: Db,
  files: readonly string[],
  say: (line: string) => void,
): Promise<IngestRatio> {
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
  const pipelineRate = figures.edges / (pipelineMs / 1000);
  const bareRate = bareEdges / (bareMs / 1000);
  return {
    pipeline: { ...figures, edgesPerSecond: pipelineRate },
    bare: { edges: bareEdges, ms: bareMs, edgesPerSecond: bareRate },
    ratio: pipelineRate / bareRate,
  };
}
