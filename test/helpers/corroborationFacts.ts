// Test helpers: the facts corroboration reads, built from document manifests the way ingest would store them (no Neo4j).
import type { FigureClaimFacts, SourceFacts } from "../../server/corroboration/types";
import { loadDocument } from "../../server/ingest/loadDocument";
import { planWrites } from "../../server/ingest/planWrites";
import { validateDocument } from "../../server/ingest/validateDocument";

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);

export interface DocumentFacts {
  source: SourceFacts;
  claims: FigureClaimFacts[];
  /** Arabic or English wording of each claim, as stored in `original`. */
  originals: Map<string, string>;
}

/** Reads and validates a manifest, then keeps what planWrites would store of its source and figure claims. */
export async function documentFacts(manifestFile: string): Promise<DocumentFacts> {
  const loaded = await loadDocument(manifestFile);
  if (!loaded.ok) throw new Error(`cannot load ${manifestFile}: ${JSON.stringify(loaded.issues)}`);
  const valid = validateDocument(loaded.document);
  if (!valid.ok) throw new Error(`invalid ${manifestFile}: ${JSON.stringify(valid.issues)}`);
  const plan = planWrites(valid.document);
  const p = plan.source.properties;
  const list = (k: string) => (Array.isArray(p[k]) ? (p[k] as unknown[]) : []);
  const source: SourceFacts = {
    id: plan.sourceId,
    title: String(p.title),
    publisher: str(p.publisher),
    url: str(p.url),
    entityId: str(p.entityId),
    cites: list("citedTitles").map((t, i) => ({
      title: String(t),
      publisher: str(list("citedPublishers")[i]),
      url: str(list("citedUrls")[i]),
      entityId: str(list("citedEntityIds")[i]),
    })),
  };
  const claims: FigureClaimFacts[] = [];
  const originals = new Map<string, string>();
  for (const c of plan.claims) {
    const q = c.properties;
    originals.set(c.id, String(q.original));
    if (q.kind !== "figure") continue;
    claims.push({
      id: c.id,
      subject: String(q.subject),
      measure: str(q.measure),
      unit: String(q.unit),
      currency: str(q.currency),
      value: num(q.value),
      min: num(q.min),
      max: num(q.max),
      approximate: q.approximate === true,
      periodStart: str(q.periodStart),
      periodEnd: str(q.periodEnd),
      sourceIds: [...new Set(c.evidence.map((e) => e.sourceId))],
    });
  }
  return { source, claims, originals };
}
