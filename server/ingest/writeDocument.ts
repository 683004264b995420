// Writes one planned document in ONE explicit write transaction: any failure rolls the whole document back.
import neo4j, { type ManagedTransaction, type QueryResult } from "neo4j-driver";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { refreshPlanDegrees } from "./degrees";
import { IngestError } from "./IngestError";
import { batches, type RelationRow, type WritePlan } from "./planWrites";

export const DEFAULT_BATCH_SIZE = 500;

export interface WriteCounts {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  labelsAdded: number;
}

export interface WriteResult {
  counts: WriteCounts;
  /** False when the graph already held everything the document says: a re-ingest. */
  changed: boolean;
}

export interface WriteOptions {
  batchSize?: number;
  /** Called after each batch: which step, rows written so far, rows in the step. */
  onProgress?: (step: string, done: number, total: number) => void;
}

/** Whole numbers in relation properties are stored as Neo4j integers (JSON does not tell 3 from 3.0). */
function withIntegers(rows: RelationRow[]) {
  return rows.map((row) => ({
    ...row,
    properties: Object.fromEntries(
      Object.entries(row.properties).map(([k, v]) => [
        k,
        typeof v === "number" && Number.isSafeInteger(v) ? neo4j.int(v) : v,
      ]),
    ),
  }));
}

interface Pending {
  name: string;
  rows: number;
  total: number;
  result: Promise<QueryResult>;
}

/**
 * Every batch is sent at once and the results are read in order afterwards: the driver pipelines the statements on
 * the transaction's connection, so a document costs one round trip's wait instead of one per statement. Neo4j still
 * runs them in order, and any failure (or a short `written` count) rolls the whole transaction back.
 */
async function writeAll(tx: ManagedTransaction, plan: WritePlan, options: WriteOptions): Promise<WriteResult> {
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, labelsAdded: 0 };
  const pending: Pending[] = [];
  const step = (name: string, file: string, rows: readonly unknown[], key = "rows") => {
    for (const batch of batches(rows, size)) {
      const result = Promise.resolve(tx.run(cypher(`ingest/${file}`), { [key]: batch, sourceId: plan.sourceId }));
      // Read below, in order; this only keeps a later failure from being reported as unhandled.
      result.catch(() => {});
      pending.push({ name, rows: batch.length, total: rows.length, result });
    }
  };
  step("sources", "merge-source", [plan.source]);
  step("entities", "merge-entities", plan.entities);
  step("entity mentions", "mention-entities", plan.mentions, "ids");
  step("claims", "merge-claims", plan.claims);
  // MERGE on a dynamic type is slow on nodes created in the same transaction; a relation to a new entity cannot exist.
  step("new relations", "create-relations", withIntegers(plan.relations.filter((r) => r.isNew === true)));
  step("relations", "merge-relations", withIntegers(plan.relations.filter((r) => r.isNew !== true)));
  step("STATES edges", "merge-states", plan.states);
  step("source STATES edges", "merge-source-states", plan.sourceStates);
  step("ABOUT edges", "merge-about", plan.about);
  step("MENTIONS edges", "merge-source-mentions", plan.sourceMentions);
  // Sent behind the writes on the same transaction, so each node's stored degree moves with its relationships.
  const degrees = refreshPlanDegrees(tx, plan);
  degrees.catch(() => {});
  const done = new Map<string, number>();
  for (const p of pending) {
    const result = await p.result;
    const written = result.records[0]?.get("written");
    const n = neo4j.isInt(written) ? written.toNumber() : Number(written);
    if (n !== p.rows) {
      // A MATCH found no endpoint: writing on would leave the document half-linked, so roll it all back.
      throw new IngestError([
        {
          file: plan.file,
          path: "$",
          reason: `only ${n} of ${p.rows} ${p.name} could be written (a node they need is missing)`,
        },
      ]);
    }
    const u = result.summary.counters.updates();
    counts.nodesCreated += u.nodesCreated;
    counts.relationshipsCreated += u.relationshipsCreated;
    counts.propertiesSet += u.propertiesSet;
    counts.labelsAdded += u.labelsAdded;
    const sofar = (done.get(p.name) ?? 0) + p.rows;
    done.set(p.name, sofar);
    options.onProgress?.(p.name, sofar, p.total);
  }
  // Only nodes whose degree moved are set: a re-ingest still writes nothing.
  counts.propertiesSet += await degrees;
  const changed = Object.values(counts).some((n) => n > 0);
  return { counts, changed };
}

export async function writeDocument(db: Db, plan: WritePlan, options: WriteOptions = {}): Promise<WriteResult> {
  const session = db.driver.session({
    defaultAccessMode: neo4j.session.WRITE,
    ...(db.database ? { database: db.database } : {}),
  });
  try {
    return await session.executeWrite((tx) => writeAll(tx, plan, options));
  } finally {
    await session.close();
  }
}
