// The ingest baseline: the same rows as the pipeline's plans, written with bare UNWIND … CREATE through the driver.
import neo4j from "neo4j-driver";
import type { PlannedDocument } from "../../../server/ingest/ingestDocuments";
import type { EdgeRow, EvidenceRow, RelationRow } from "../../../server/ingest/planWrites";
import { batches } from "../../../server/ingest/planWrites";
import { cypher } from "../../../server/neo4j/cypherFiles";
import type { Db } from "../../../server/neo4j/driver";

interface NodeRow {
  label: string;
  properties: Record<string, unknown>;
}
interface BareEdgeRow {
  from: string;
  to: string;
  type: string;
  properties: Record<string, unknown>;
}

/** One statement per (start label, type, end label), so every MATCH uses the id constraint's index. */
type EdgeKind = "relations" | "states" | "source-states" | "about";

function evidenceLists(evidence: readonly EvidenceRow[]) {
  return {
    sourceIds: evidence.map((e) => e.sourceId),
    quotes: evidence.map((e) => e.quote),
    starts: evidence.map((e) => neo4j.int(e.start)),
    ends: evidence.map((e) => neo4j.int(e.end)),
    glosses: evidence.map((e) => e.gloss),
    evidenceKeys: evidence.map((e) => e.key),
    addedBy: evidence.map((e) => e.addedBy),
    addedAt: evidence.map((e) => e.addedAt),
  };
}

const edge = (type: string, row: EdgeRow | RelationRow): BareEdgeRow => ({
  from: row.from,
  to: row.to,
  type,
  properties: { ...("properties" in row ? row.properties : {}), ...evidenceLists(row.evidence) },
});

/** Node and edge rows of one document, prepared before the clock starts (the baseline's best case). */
export function bareRows(planned: PlannedDocument): { nodes: NodeRow[]; edges: Record<EdgeKind, BareEdgeRow[]> } {
  const { plan } = planned;
  const nodes: NodeRow[] = [
    { label: "Source", properties: { id: plan.source.id, ...plan.source.properties } },
    // The entity as the pipeline stores it (cypher/ingest/merge-entities.cypher), searchText included: both then
    // maintain the same fulltext and text indexes.
    ...plan.entities.map((e) => ({
      label: "Entity",
      properties: {
        id: e.id,
        type: e.type,
        name: e.name,
        nameAr: e.nameAr,
        description: e.description,
        aliases: e.aliases,
        searchKeys: e.searchKeys,
        searchText: [e.name, ...(e.nameAr === null ? [] : [e.nameAr]), ...e.aliases, ...e.searchKeys].join("\n"),
        sourceIds: [plan.source.id],
      },
    })),
    ...plan.claims.map((c) => ({
      label: "Claim",
      properties: { id: c.id, ...c.properties, ...evidenceLists(c.evidence) },
    })),
  ].map((n) => ({
    ...n,
    properties: Object.fromEntries(Object.entries(n.properties).filter(([, v]) => v !== null)),
  }));
  const edges = {
    relations: plan.relations.map((r) => edge(r.type, r)),
    states: plan.states.map((r) => edge("STATES", r)),
    "source-states": plan.sourceStates.map((r) => edge("STATES", r)),
    about: plan.about.map((r) => edge("ABOUT", r)),
  };
  return { nodes, edges };
}

/** Writes every document's rows in one transaction per document, batches of `batchSize`; returns the edges written. */
export async function writeBare(
  db: Db,
  documents: ReadonlyArray<ReturnType<typeof bareRows>>,
  batchSize = 500,
): Promise<number> {
  let edges = 0;
  const session = db.driver.session({
    defaultAccessMode: neo4j.session.WRITE,
    ...(db.database ? { database: db.database } : {}),
  });
  try {
    for (const doc of documents) {
      await session.executeWrite(async (tx) => {
        for (const batch of batches(doc.nodes, batchSize)) await tx.run(cypher("bench/bare-nodes"), { rows: batch });
        for (const [kind, rows] of Object.entries(doc.edges)) {
          for (const batch of batches(rows, batchSize)) {
            const result = await tx.run(cypher(`bench/bare-${kind}`), { rows: batch });
            edges += result.summary.counters.updates().relationshipsCreated;
          }
        }
      });
    }
  } finally {
    await session.close();
  }
  return edges;
}
