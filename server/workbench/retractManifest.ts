// Pure: a saved folder's manifest without one piece of evidence; a relation, claim or mention left with none goes too.
import type { EvidenceTarget } from "@domain/contracts/workbench";
import type { DocumentManifest, EvidenceInput } from "@domain/model";

export type RetractedManifest = { found: true; manifest: DocumentManifest } | { found: false };

/**
 * Removes the evidence at `[start, end)` of the given relation, claim or mention. Entities and external ids stay
 * (the document still names them), so re-ingesting the folder gives the graph the retract left.
 */
export function retractFromManifest(
  manifest: DocumentManifest,
  start: number,
  end: number,
  on: EvidenceTarget,
): RetractedManifest {
  let found = false;
  const keep = (list: readonly EvidenceInput[]) =>
    list.filter((e) => {
      const hit = e.start === start && e.end === end;
      if (hit) found = true;
      return !hit;
    });
  const relations = manifest.relations.flatMap((r) => {
    if (on.kind !== "relation" || r.from !== on.from || r.to !== on.to || r.type !== on.type) return [r];
    const evidence = keep(r.evidence);
    return evidence.length === 0 ? [] : [{ ...r, evidence }];
  });
  const claims = manifest.claims.flatMap((c) => {
    if (on.kind !== "claim" || c.id !== on.id) return [c];
    const evidence = keep(c.evidence);
    return evidence.length === 0 ? [] : [{ ...c, evidence }];
  });
  const mentions = manifest.mentions.flatMap((m) => {
    if (on.kind !== "mention" || m.entityId !== on.entityId) return [m];
    const evidence = keep(m.evidence);
    return evidence.length === 0 ? [] : [{ ...m, evidence }];
  });
  if (!found) return { found: false };
  return { found: true, manifest: { ...manifest, relations, claims, mentions } };
}
